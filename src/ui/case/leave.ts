// "Leave and erase" (ADR 0009): erase every trace of the case in this browser, then leave for a
// blank page of our own, so that neither the screen, the storage nor the tab's history shows
// what was being looked at. public/quick-exit.js does the same before the app has loaded (it
// cannot import this module: it must work when the app's scripts have not arrived or are
// broken) — keep the two in step.
import { useEffect, useRef } from 'react';

/** The neutral page the quick exit leaves for: ours, plain, without the app's name. */
export const NEUTRAL_PAGE = 'neutral.html';
/**
 * Set in sessionStorage while leaving through the history: if going back to the first entry
 * loads a page afresh, public/quick-exit.js sees it and carries on to the neutral page.
 */
export const LEAVING_KEY = 'discerne.leaving';
/** Written then removed in localStorage: every other tab of Discerne leaves too. */
export const LEAVE_SIGNAL_KEY = 'discerne.leave';
/** Three presses of Shift in a row, each within this time of the last (GOV.UK's pattern). */
const SHIFT_WINDOW_MS = 2000;

function clearStorage(): void {
  for (const get of [() => window.localStorage, () => window.sessionStorage]) {
    try {
      get().clear();
    } catch {
      // Storage unreachable: there is nothing in it either.
    }
  }
}

/**
 * Erases the storage and leaves. The case's steps are entries of this tab's history (each
 * step has its own address): the tab first goes back to the first entry of Discerne, then
 * replaces it with the neutral page, which drops the entries after it (public/neutral.js).
 * Back then leads to the site visited before Discerne, and no title of a step stays in the
 * history. Without the Navigation API, the current entry alone is replaced.
 */
export function leaveAndErase(): void {
  clearStorage();
  try {
    window.localStorage.setItem(LEAVE_SIGNAL_KEY, String(Date.now()));
    window.localStorage.removeItem(LEAVE_SIGNAL_KEY);
  } catch {
    // Storage unreachable: other tabs cannot be told, and keep nothing either.
  }
  const neutral = new URL(NEUTRAL_PAGE, window.location.href).href;
  const go = () => {
    try {
      window.sessionStorage.removeItem(LEAVING_KEY);
    } catch {
      // Unreachable storage holds no flag either.
    }
    window.location.replace(neutral);
  };
  const nav = (window as unknown as { navigation?: Navigation }).navigation;
  const current = nav?.currentEntry;
  if (!nav || !current) {
    go();
    return;
  }
  // The first of the entries just before this one that are this page (the app): an earlier
  // page of the same site (the neutral page of an earlier exit) is left as it is.
  const entries = nav.entries();
  const samePage = (url: string | null) =>
    url !== null && new URL(url).pathname === window.location.pathname;
  let index = current.index;
  while (index > 0 && samePage(entries[index - 1]?.url ?? null)) index -= 1;
  const first = entries[index];
  if (!first || first.key === current.key) {
    go();
    return;
  }
  try {
    window.sessionStorage.setItem(LEAVING_KEY, '1');
  } catch {
    // Without it a fresh load of the first entry shows the app's start page: still no case.
  }
  const done = nav.traverseTo(first.key).finished;
  if (done) done.then(go, go);
  else go();
}

/** Calls `onLeave` when Shift is pressed three times in a row, as GOV.UK's "Exit this page". */
export function useTripleShift(onLeave: () => void): void {
  const presses = useRef<number[]>([]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Shift') {
        presses.current = [];
        return;
      }
      if (e.repeat) return;
      const now = e.timeStamp;
      const recent = presses.current.filter((at) => now - at < SHIFT_WINDOW_MS * 3);
      const last = recent[recent.length - 1];
      presses.current =
        last !== undefined && now - last > SHIFT_WINDOW_MS ? [now] : [...recent, now];
      if (presses.current.length >= 3) {
        presses.current = [];
        onLeave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onLeave]);
}
