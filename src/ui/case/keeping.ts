// Where this browser keeps the case (ADR 0016). By default a computer is taken to be shared:
// the case lives in this tab's sessionStorage only — a reload, a discarded tab or an update
// finds it again, closing the tab erases it, and the next person finds nothing. A worker on a
// computer of their own says so once, and the case is then also kept in localStorage, where a
// later visit offers to resume it. The choice is a preference of this browser, not case data.
import type { CaseStore } from '../../domain/case/savedCase.write';
import { browserStore } from '../../domain/case/savedCase.write';

/** The preference's key; its only value is OWN_COMPUTER (absent: shared, the default). */
export const KEEPING_KEY = 'discerne.keeping';
export const OWN_COMPUTER = 'own-computer';
/** This tab's state beside its copy of the case (sessionStorage): see TabState. */
export const TAB_KEY = 'discerne.tab';

export interface CaseStores {
  /** This tab's sessionStorage: always written, read first on a reload. */
  tab: CaseStore | null;
  /** localStorage: written on the worker's own computer only; shared between tabs. */
  device: CaseStore | null;
}

export function browserStores(): CaseStores {
  return { tab: browserStore('session'), device: browserStore('local') };
}

export function keepsOnDevice(device: CaseStore | null): boolean {
  try {
    return device?.getItem(KEEPING_KEY) === OWN_COMPUTER;
  } catch {
    return false;
  }
}

let keepingListener: ((own: boolean) => void) | null = null;

/** The case session listens, to write the case to the browser or take it out at once. */
export function listenToKeeping(onChange: (own: boolean) => void): () => void {
  keepingListener = onChange;
  return () => {
    if (keepingListener === onChange) keepingListener = null;
  };
}

export function setKeepsOnDevice(device: CaseStore | null, own: boolean): void {
  try {
    if (own) device?.setItem(KEEPING_KEY, OWN_COMPUTER);
    else device?.removeItem(KEEPING_KEY);
  } catch {
    // Storage unreachable: the default (shared computer) holds.
  }
  keepingListener?.(own);
}

/** What this tab remembers about its case, beside the case itself. */
export interface TabState {
  /** Opened from a share link and not changed since: not written over the browser's case. */
  shared?: boolean;
  /** The worker chose to keep the browser's other case: this one stays in this tab only. */
  detached?: boolean;
}

export function readTabState(tab: CaseStore | null): TabState {
  try {
    const raw: unknown = JSON.parse(tab?.getItem(TAB_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    const { shared, detached } = raw as Record<string, unknown>;
    return { shared: shared === true, detached: detached === true };
  } catch {
    return {};
  }
}

export function writeTabState(tab: CaseStore | null, state: TabState): void {
  try {
    tab?.setItem(TAB_KEY, JSON.stringify(state));
  } catch {
    // Only a convenience for a reload: the case itself is written separately.
  }
}
