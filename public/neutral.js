// The neutral page the quick exit leaves for (ADR 0009). Leaving went back to the tab's first
// entry of Discerne and replaced it with this page; the case's later steps may still be
// entries after it ("forward"). A new entry here drops them all, so no step's address or
// title stays in the tab's history. Plain ES5 in a file: the CSP forbids inline script.
(function () {
  try {
    // Nothing of Discerne stays in this tab's storage, not even the flag of the way out.
    sessionStorage.removeItem('discerne.leaving');
  } catch (e) {}
  var nav = window.navigation;
  if (nav && nav.canGoForward === false) return;
  history.pushState(null, '', location.href);
})();
