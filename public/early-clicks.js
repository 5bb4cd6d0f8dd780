// Marks a click on the pre-rendered page until the app listens; the app replays it. Why: src/ui/earlyClick.ts.
(function () {
  var root = document.getElementById('root');
  if (!root || !root.closest) return;
  document.addEventListener(
    'click',
    function (e) {
      if (root.hasAttribute('data-app')) return;
      var b = e.target.closest && e.target.closest('button');
      if (!b || !root.contains(b)) return;
      var p = root.querySelector('[data-early-click]');
      if (p) p.removeAttribute('data-early-click');
      b.setAttribute('data-early-click', '');
    },
    true,
  );
})();
