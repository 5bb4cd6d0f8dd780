// Leave and erase before the app runs (or if its scripts are broken); ES5 file, CSP: no inline.
// Same steps as src/ui/case/leave.ts (keep in step); why: ADR 0009 "Quick exit".
(function () {
  var LEAVING = 'discerne.leaving';
  function neutral() {
    return new URL('neutral.html', location.href).href;
  }
  try {
    // Leaving went back through the history and that loaded this page afresh: carry on.
    if (sessionStorage.getItem(LEAVING)) {
      sessionStorage.removeItem(LEAVING);
      location.replace(neutral());
      return;
    }
  } catch (e) {}
  function appStarted() {
    var root = document.getElementById('root');
    return root !== null && root.hasAttribute('data-app');
  }
  function leave() {
    try {
      localStorage.clear();
    } catch (e) {}
    try {
      sessionStorage.clear();
    } catch (e) {}
    try {
      localStorage.setItem('discerne.leave', String(Date.now()));
      localStorage.removeItem('discerne.leave');
    } catch (e) {}
    var go = function () {
      try {
        sessionStorage.removeItem(LEAVING);
      } catch (e) {}
      location.replace(neutral());
    };
    var nav = window.navigation;
    var current = nav && nav.entries ? nav.currentEntry : null;
    if (!current) return go();
    var entries = nav.entries();
    var index = current.index;
    while (
      index > 0 &&
      entries[index - 1].url &&
      new URL(entries[index - 1].url).pathname === location.pathname
    )
      index -= 1;
    var first = entries[index];
    if (!first || first.key === current.key) return go();
    try {
      sessionStorage.setItem(LEAVING, '1');
    } catch (e) {}
    var done = nav.traverseTo(first.key).finished;
    if (done) done.then(go, go);
    else go();
  }
  document.addEventListener(
    'click',
    function (e) {
      var b = !appStarted() && e.target && e.target.closest && e.target.closest('.quick-exit');
      if (!b) return;
      e.preventDefault();
      e.stopPropagation();
      leave();
    },
    true,
  );
  var presses = [];
  document.addEventListener('keydown', function (e) {
    if (appStarted() || e.repeat) return;
    if (e.key !== 'Shift') return void (presses = []);
    var last = presses[presses.length - 1];
    if (last !== undefined && e.timeStamp - last > 2000) presses = [];
    presses.push(e.timeStamp);
    if (presses.length >= 3) leave();
  });
})();
