// The case kept in this browser as the user goes, so a reload or a later visit finds it again.
// One key, a versioned record, and an expiry: a case on a shared computer must not linger.
// Every access can fail (storage disabled, private mode, quota full): nothing here throws,
// the app carries on with the case in memory and tells the user it will not be kept.
import { z } from 'zod/mini';
import type { Content } from '../content/types.ts';
import { STEPS, type CaseData, type Step } from '../wizard/steps.ts';
import { CaseDataSchema, copyCase } from './caseFile.ts';
import { keepKnownAnswers, knownJurisdiction, knownSituation, sameMajor } from './known.ts';

/** The only key the app writes. */
export const STORAGE_KEY = 'discerne.case';
export const SAVED_FORMAT = 'discerne-saved-case';
/** Bumped when the record's shape changes; older records are discarded with a notice. */
export const SAVED_FORMAT_VERSION = 1;
export const EXPIRY_MS = 7 * 24 * 60 * 60 * 1000;

/** What the app needs of window.localStorage; tests pass a map or a failing fake. */
export type CaseStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const SavedSchema = z.object({
  format: z.literal(SAVED_FORMAT),
  formatVersion: z.literal(SAVED_FORMAT_VERSION),
  contentVersion: z.string(),
  /** Milliseconds since the epoch, for the expiry and the resume offer's date. */
  savedAt: z.number(),
  step: z.enum(STEPS),
  case: CaseDataSchema,
});

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
  const record: z.infer<typeof SavedSchema> = {
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

export function loadCase(store: CaseStore | null, content: Content, now = Date.now()): LoadResult {
  if (!store) return { status: 'unavailable' };
  let text: string | null;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch {
    return { status: 'unavailable' };
  }
  if (text === null) return { status: 'none' };
  const discard = (status: 'expired' | 'discarded'): LoadResult => {
    forgetCase(store);
    return { status };
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return discard('discarded');
  }
  const parsed = SavedSchema.safeParse(raw);
  if (!parsed.success) return discard('discarded');
  const saved = parsed.data;
  // A date in the future is a clock change or a forged record: treated as expired, not kept.
  if (now - saved.savedAt >= EXPIRY_MS || saved.savedAt > now + 60_000) return discard('expired');
  if (!sameMajor(content, saved.contentVersion)) return discard('discarded');
  const { data, migrated } = migrate(content, copyCase(saved.case));
  return {
    status: 'found',
    data,
    step: saved.step,
    savedAt: saved.savedAt,
    migrated: migrated && saved.contentVersion !== content.manifest.version,
  };
}

/**
 * Within a major version ids keep their meaning: what is still valid is kept, the rest is asked
 * again. The saved step is clamped by the machine when the case is restored.
 */
function migrate(content: Content, data: CaseData): { data: CaseData; migrated: boolean } {
  const situation =
    data.situation !== null && knownSituation(content, data.situation) ? data.situation : null;
  const kept: CaseData = {
    ...data,
    jurisdiction: knownJurisdiction(content, data.jurisdiction)
      ? data.jurisdiction
      : content.jurisdictions.default,
    situation,
    description: situation === null ? '' : data.description,
    answers: keepKnownAnswers(content, data.answers),
  };
  return { data: kept, migrated: JSON.stringify(kept) !== JSON.stringify(data) };
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
