// The quick exit's blank page (ADR 0009): one new entry drops the case's steps still "forward"
// of it in the tab's history, and the flag of the way out goes. ES5 file: no inline script.
(function () {
  try {
    sessionStorage.removeItem('discerne.leaving');
  } catch (e) {}
  var nav = window.navigation;
  if (!nav || nav.canGoForward !== false) history.pushState(null, '', location.href);
})();
