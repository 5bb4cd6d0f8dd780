// A click made on the pre-rendered start page before the app had taken it over (ADR 0011): on
// a slow phone the page shows about a second and a half before its buttons work, and a worker
// who taps "Begin" at once must not be ignored. public/early-clicks.js — plain ES5 in a file of
// its own, because it must run long before the app's scripts arrive and the CSP forbids inline
// script — marks the last button clicked until the app listens; nothing else is kept.
export const EARLY_CLICK_ATTRIBUTE = 'data-early-click';
/** On #root once the app has created its React root: React hears the clicks from then on. */
export const APP_ATTRIBUTE = 'data-app';

/**
 * Called right before the app creates its React root. The early script stops marking (a click
 * React also hears would be made twice), and the button marked so far is handed over: the
 * returned function clicks it again once the app works — only if the page was hydrated, so the
 * button is the very one the worker saw and clicked. A page rendered afresh (another language,
 * a saved case to offer) has replaced it: the click is dropped and the worker sees the new page.
 */
export function takeEarlyClick(container: Element): () => void {
  container.setAttribute(APP_ATTRIBUTE, '');
  let button = container.querySelector<HTMLElement>(`[${EARLY_CLICK_ATTRIBUTE}]`);
  // Removed before hydration: the markup must be exactly the pre-rendered one.
  button?.removeAttribute(EARLY_CLICK_ATTRIBUTE);
  return () => {
    const clicked = button;
    button = null; // once, however often it is called
    // In a task of its own: made from inside React's effects, Chromium did not dispatch it.
    if (clicked?.isConnected) window.setTimeout(() => clicked.click());
  };
}
