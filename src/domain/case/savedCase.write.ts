// The case kept in this browser as the user goes, so a reload or a later visit finds it again.
// One key, a versioned record, and an expiry: a case on a shared computer must not linger.
// Every access can fail (storage disabled, private mode, quota full): nothing here throws,
// the app carries on with the case in memory and tells the user it will not be kept.
// Writing lives here; reading (savedCase.read.ts) validates with zod and is loaded only when a saved
// case exists, so a first visit does not download the validator.
import type { Content } from '../content/types.ts';
import type { CaseData, Step } from '../wizard/steps.ts';

/** The only key the app writes. */
export const STORAGE_KEY = 'discerne.case';
export const SAVED_FORMAT = 'discerne-saved-case' as const;
/** Bumped when the record's shape changes; older records are discarded with a notice. */
export const SAVED_FORMAT_VERSION = 1 as const;
export const EXPIRY_MS = 7 * 24 * 60 * 60 * 1000;

/** What the app needs of window.localStorage; tests pass a map or a failing fake. */
export type CaseStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The record kept under STORAGE_KEY. */
export interface SavedRecord {
  format: typeof SAVED_FORMAT;
  formatVersion: typeof SAVED_FORMAT_VERSION;
  contentVersion: string;
  /** Milliseconds since the epoch, for the expiry and the resume offer's date. */
  savedAt: number;
  step: Step;
  case: CaseData;
}

export interface SavedCase {
  data: CaseData;
  step: Step;
  savedAt: number;
  /** Saved under another content version of the same major: answers no longer valid dropped. */
  migrated: boolean;
}

export type LoadResult =
  | { status: 'none' }
  | ({ status: 'found' } & SavedCase)
  /** Older than the expiry: deleted. */
  | { status: 'expired' }
  /** Saved under content or a format this version cannot read: deleted, with a notice. */
  | { status: 'discarded' }
  | { status: 'unavailable' };

export function saveCase(
  store: CaseStore | null,
  content: Content,
  data: CaseData,
  step: Step,
  now = Date.now(),
): boolean {
  if (!store) return false;
  const record: SavedRecord = {
    format: SAVED_FORMAT,
    formatVersion: SAVED_FORMAT_VERSION,
    contentVersion: content.manifest.version,
    savedAt: now,
    step,
    case: data,
  };
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** Deletes the saved case at once; false when storage could not be reached. */
export function forgetCase(store: CaseStore | null): boolean {
  if (!store) return false;
  try {
    store.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** localStorage, or null where merely touching it throws (some privacy settings do). */
export function browserStore(): CaseStore | null {
  try {
    const store = globalThis.localStorage;
    return store ?? null;
  } catch {
    return null;
  }
}
