// Reading the case saved in this browser: validated with zod, expired after a week, migrated
// from an older content version of the same major, or discarded with a notice. Never throws.
import { z } from 'zod/mini';
import type { Content } from '../content/types.ts';
import { STEPS, type CaseData } from '../wizard/steps.ts';
import { CaseDataSchema } from './caseFile.read.ts';
import { copyCase } from './caseFile.write.ts';
import { keepKnownAnswers, knownJurisdiction, knownSituation, sameMajor } from './known.ts';
import {
  EXPIRY_MS,
  forgetCase,
  SAVED_FORMAT,
  SAVED_FORMAT_VERSION,
  STORAGE_KEY,
  type CaseStore,
  type LoadResult,
} from './savedCase.write.ts';

const SavedSchema = z.object({
  format: z.literal(SAVED_FORMAT),
  formatVersion: z.literal(SAVED_FORMAT_VERSION),
  contentVersion: z.string(),
  /** Milliseconds since the epoch, for the expiry and the resume offer's date. */
  savedAt: z.number(),
  step: z.enum(STEPS),
  case: CaseDataSchema,
});

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
