// The case kept in this browser as the user goes, so a reload or a later visit finds it again.
// One key, a versioned record, and an expiry: a case on a shared computer must not linger.
// Every access can fail (storage disabled, private mode, quota full): nothing here throws,
// the app carries on with the case in memory and tells the user it will not be kept.
// Writing lives here; reading (savedCase.read.ts) validates with zod and is loaded only when a saved
// case exists, so a first visit does not download the validator.
import type { Content } from '../content/types.ts';
import type { CaseData, Step } from '../wizard/steps.ts';

/**
 * The key the case is kept under, in this tab's sessionStorage (always: a reload, a discarded
 * tab or an update finds it again) and, on a computer the worker says is theirs alone, in
 * localStorage too (ADR 0016).
 */
export const STORAGE_KEY = 'discerne.case';
export const SAVED_FORMAT = 'discerne-saved-case' as const;
/** Bumped when the record's shape changes. 2 added the case's id and revision (two tabs). */
export const SAVED_FORMAT_VERSION = 2 as const;
export const EXPIRY_MS = 7 * 24 * 60 * 60 * 1000;

/** What the app needs of window.localStorage; tests pass a map or a failing fake. */
export type CaseStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Which case a record holds and how many times it was written. Two tabs on one browser share
 * localStorage: a tab writes only over the case and the revision it last read or wrote, so a
 * newer change made in another tab is never overwritten without asking.
 */
export interface CaseTag {
  caseId: string;
  revision: number;
}

/** A fresh id for a case begun, imported or opened from a link in this tab. */
export function newCaseId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The record kept under STORAGE_KEY. */
export interface SavedRecord {
  format: typeof SAVED_FORMAT;
  formatVersion: typeof SAVED_FORMAT_VERSION;
  contentVersion: string;
  /** Milliseconds since the epoch, for the expiry and the resume offer's date. */
  savedAt: number;
  step: Step;
  case: CaseData;
  caseId: string;
  revision: number;
}

export interface SavedCase {
  data: CaseData;
  step: Step;
  savedAt: number;
  /** Saved under another content version: answers that no longer mean anything dropped. */
  migrated: boolean;
  tag: CaseTag;
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
  tag: CaseTag = { caseId: newCaseId(), revision: 1 },
): boolean {
  if (!store) return false;
  const record: SavedRecord = {
    format: SAVED_FORMAT,
    formatVersion: SAVED_FORMAT_VERSION,
    contentVersion: content.manifest.version,
    savedAt: now,
    step,
    case: data,
    caseId: tag.caseId,
    revision: tag.revision,
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

/**
 * Whose case is kept in a store and at which revision, without reading the case itself (no
 * validator needed): what a tab checks before writing. null when there is none or it cannot
 * be read; a record of format 1 (no tag) reads as revision 0 of an unnamed case.
 */
export function storedTag(store: CaseStore | null): CaseTag | null | 'unreadable' {
  if (!store) return 'unreadable';
  let text: string | null;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch {
    return 'unreadable';
  }
  if (text === null) return null;
  return tagOf(text);
}

/** The tag of a record's text (also what a `storage` event carries); null if it has none. */
export function tagOf(text: string): CaseTag | null {
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null) return null;
    const { caseId, revision } = raw as { caseId?: unknown; revision?: unknown };
    if (typeof caseId === 'string' && typeof revision === 'number') return { caseId, revision };
    return { caseId: '', revision: 0 };
  } catch {
    return null;
  }
}

/**
 * localStorage (kept across visits) or this tab's sessionStorage (erased with the tab), or null
 * where merely touching it throws (some privacy settings do).
 */
export function browserStore(kind: 'local' | 'session' = 'local'): CaseStore | null {
  try {
    const store = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    return store ?? null;
  } catch {
    return null;
  }
}
