// Loads the app once the pre-rendered start page has been painted (ADR 0011, "After the first
// paint"). The build moved the entry script and its preloads from the HTML to this tag's data
// attributes. A module script never blocks rendering, but one that finishes loading before the
// first paint is counted by Lighthouse's model as if it did. Plain ES5: the CSP forbids inline.
(function () {
  var me = document.currentScript;
  var entry = me && me.getAttribute('data-entry');
  if (!entry) return;
  var preloads = (me.getAttribute('data-preload') || '').split(' ');
  var started = false;
  var add = function (tag, attrs) {
    var el = document.createElement(tag);
    for (var k in attrs) el.setAttribute(k, attrs[k]);
    document.head.appendChild(el);
  };
  var start = function () {
    if (started) return;
    started = true;
    for (var i = 0; i < preloads.length; i++)
      if (preloads[i]) add('link', { rel: 'modulepreload', crossorigin: '', href: preloads[i] });
    add('script', { type: 'module', crossorigin: '', src: entry });
  };
  var observer = null;
  var canWatchPaint =
    window.PerformanceObserver &&
    PerformanceObserver.supportedEntryTypes &&
    PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0;
  // A tab opened in the background paints nothing until shown: no reason to wait there.
  if (!canWatchPaint || document.visibilityState !== 'visible') return start();
  observer = new PerformanceObserver(function (list) {
    var entries = list.getEntries();
    for (var i = 0; i < entries.length; i++)
      if (entries[i].name === 'first-contentful-paint') {
        observer.disconnect();
        start();
      }
  });
  observer.observe({ type: 'paint', buffered: true });
  // Never wait long for a paint that is not reported (a window hidden behind others may not
  // paint; the watchdog offers repair after 8 s).
  setTimeout(start, 3000);
})();
