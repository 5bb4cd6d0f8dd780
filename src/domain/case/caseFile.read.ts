// Reading a case file (import, workshop groups). Parsing never throws: a bad, foreign,
// truncated file or another file format gives an error code the screen turns into a clear
// message. A file written under another content version opens, keeping the answers whose
// questions still exist, with a notice (migrate.ts): a worker's file is never just refused.
import { z } from 'zod/mini';
import type { Content } from '../content/types.ts';
import { CONSENT } from '../wizard/steps.ts';
import { parseGroupLabel } from '../workshop/groupLabel.ts';
import {
  CASE_FORMAT,
  CASE_FORMAT_VERSION,
  caseKnown,
  copyCase,
  MAX_CASE_FILE_CHARS,
  type CaseFileResult,
} from './caseFile.write.ts';
import { sameMajor } from './known.ts';
import { migrateCase } from './migrate.ts';

export const CaseDataSchema = z.object({
  // Which countries exist is the content's (knownJurisdiction checks it once read).
  jurisdiction: z.string(),
  situation: z.nullable(z.string()),
  description: z.string(),
  answers: z.record(z.string(), z.array(z.string())),
  sheet: z.object({
    reference: z.string(),
    notes: z.string(),
    consent: z.nullable(z.enum(CONSENT)),
  }),
});

const CaseFileSchema = z.object({
  format: z.literal(CASE_FORMAT),
  formatVersion: z.literal(CASE_FORMAT_VERSION),
  contentVersion: z.string(),
  savedAt: z.iso.datetime(),
  group: z.optional(z.string()),
  case: CaseDataSchema,
});

export function parseCaseFile(content: Content, text: string): CaseFileResult {
  if (typeof text !== 'string') return { ok: false, error: 'malformed' };
  if (text.length > MAX_CASE_FILE_CHARS) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'malformed' };
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== CASE_FORMAT
  )
    return { ok: false, error: 'foreign' };
  // A file written by another version of the app: its shape is not guessed.
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version !== CASE_FORMAT_VERSION)
    return { ok: false, error: 'outdated' };
  const parsed = CaseFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'malformed' };
  const file = parsed.data;
  // Only one of the content's labels is read; anything else (a name typed into the file, a
  // colour of another version) is left out, never shown (ADR 0021).
  const label = parseGroupLabel(content, file.group);
  const group = label ? { group: label } : {};
  if (!sameMajor(content, file.contentVersion)) {
    // Ids of another major version may be gone: what still exists is kept, and said so.
    const { data, changed } = migrateCase(content, copyCase(file.case));
    return { ok: true, data, savedAt: file.savedAt, migrated: changed, ...group };
  }
  // Within one major version every id still exists: an unknown one is a damaged file.
  const data = copyCase(file.case);
  if (!caseKnown(content, data)) return { ok: false, error: 'unknown-answers' };
  return { ok: true, data, savedAt: file.savedAt, migrated: false, ...group };
}
