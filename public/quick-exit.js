// "Leave and erase" before the app has loaded, or when its scripts are broken: the pre-rendered
// button and Shift pressed three times work from the first paint. Plain ES5 in a file of its
// own (the CSP forbids inline script). Once the app runs it handles both itself
// (src/ui/case/leave.ts, which does the same; keep the two in step). See ADR 0009.
(function () {
  var LEAVING = 'discerne.leaving';
  var SIGNAL = 'discerne.leave';
  var SHIFT_WINDOW_MS = 2000;

  function neutral() {
    return new URL('neutral.html', location.href).href;
  }
  // Leaving went back through the history and that loaded a page of Discerne: carry on.
  try {
    if (sessionStorage.getItem(LEAVING)) {
      sessionStorage.removeItem(LEAVING);
      location.replace(neutral());
      return;
    }
  } catch (e) {
    // Storage unreachable: nothing was left in it either.
  }

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
      localStorage.setItem(SIGNAL, String(Date.now()));
      localStorage.removeItem(SIGNAL);
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
    // The first of the entries just before this one that are this page (see leave.ts).
    var entries = nav.entries();
    var samePage = function (entry) {
      return entry && entry.url && new URL(entry.url).pathname === location.pathname;
    };
    var index = current.index;
    while (index > 0 && samePage(entries[index - 1])) index -= 1;
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
      if (appStarted()) return;
      var target = e.target;
      var button = target && target.closest ? target.closest('.quick-exit') : null;
      if (!button) return;
      e.preventDefault();
      e.stopPropagation();
      leave();
    },
    true,
  );

  var presses = [];
  document.addEventListener('keydown', function (e) {
    if (appStarted()) return;
    if (e.key !== 'Shift') {
      presses = [];
      return;
    }
    if (e.repeat) return;
    var last = presses[presses.length - 1];
    presses = last !== undefined && e.timeStamp - last > SHIFT_WINDOW_MS ? [] : presses;
    presses.push(e.timeStamp);
    if (presses.length >= 3) {
      presses = [];
      leave();
    }
  });
})();
