// Reading the case saved in this browser: validated with zod, expired after a week, migrated
// from another content version (ADR 0009), or discarded with a notice. Never throws.
import { z } from 'zod/mini';
import type { Content } from '../content/types.ts';
import { STEPS } from '../wizard/steps.ts';
import { CaseDataSchema } from './caseFile.read.ts';
import { copyCase } from './caseFile.write.ts';
import { migrateCase } from './migrate.ts';
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
  // Format 1 had no case id and revision: read as revision 0 of an unnamed case.
  formatVersion: z.union([z.literal(1), z.literal(SAVED_FORMAT_VERSION)]),
  contentVersion: z.string(),
  /** Milliseconds since the epoch, for the expiry and the resume offer's date. */
  savedAt: z.number(),
  step: z.enum(STEPS),
  case: CaseDataSchema,
  caseId: z.optional(z.string().check(z.maxLength(64))),
  revision: z.optional(z.number()),
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
  // A date in the future is a clock put back since the save (or forward before it): it counts
  // as now. Deleting the case for it would lose a worker's case to a clock, with a false reason.
  const savedAt = Math.min(saved.savedAt, now);
  if (now - savedAt >= EXPIRY_MS) return discard('expired');
  const { data, changed } = migrateCase(content, copyCase(saved.case));
  return {
    status: 'found',
    data,
    step: saved.step,
    savedAt,
    migrated: changed && saved.contentVersion !== content.manifest.version,
    tag: { caseId: saved.caseId ?? '', revision: saved.revision ?? 0 },
  };
}
