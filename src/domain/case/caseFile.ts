// The case as a file: what "Export" writes and "Import" reads, and what workshop mode gathers
// from several groups. Unlike the share link it carries everything, free text and sheet
// fields included, because the worker keeps the file. Parsing never throws: a bad, foreign,
// truncated or outdated file gives an error code the screen turns into a clear message.
import { z } from 'zod/mini';
import type { Content } from '../content/types.ts';
import { CONSENT, type CaseData } from '../wizard/steps.ts';
import {
  answersKnown,
  copyAnswers,
  knownJurisdiction,
  knownSituation,
  sameMajor,
} from './known.ts';

/** Says "this JSON is a Discerne case", so another app's JSON is told apart from a broken one. */
export const CASE_FORMAT = 'discerne-case';
/** Bumped when the file's shape changes; older versions are read or refused, never guessed. */
export const CASE_FORMAT_VERSION = 1;
/** Far above any real case (a few KiB); refuses a wrong file before parsing it. */
export const MAX_CASE_FILE_CHARS = 200_000;
/** The suggested file name's extension; the file is plain JSON. */
export const CASE_FILE_TYPE = 'application/json';

export const CaseDataSchema = z.object({
  jurisdiction: z.enum(['BE', 'FR']),
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
  /** Content version the answers were given under. */
  contentVersion: z.string(),
  savedAt: z.iso.datetime(),
  case: CaseDataSchema,
});

export type CaseFileError = 'malformed' | 'foreign' | 'outdated' | 'unknown-answers' | 'too-large';
export type CaseFileResult =
  { ok: true; data: CaseData; savedAt: string } | { ok: false; error: CaseFileError };

export function serializeCase(content: Content, data: CaseData, savedAt = new Date()): string {
  const file: z.infer<typeof CaseFileSchema> = {
    format: CASE_FORMAT,
    formatVersion: CASE_FORMAT_VERSION,
    contentVersion: content.manifest.version,
    savedAt: savedAt.toISOString(),
    case: data,
  };
  return JSON.stringify(file, null, 2);
}

/** A copy of the case, so the caller never shares objects with what was parsed. */
export function copyCase(data: z.infer<typeof CaseDataSchema>): CaseData {
  return {
    jurisdiction: data.jurisdiction,
    situation: data.situation,
    description: data.description,
    answers: copyAnswers(data.answers),
    sheet: { ...data.sheet },
  };
}

/** Every id of the case means something under this content. */
export function caseKnown(content: Content, data: CaseData): boolean {
  return (
    knownJurisdiction(content, data.jurisdiction) &&
    (data.situation === null || knownSituation(content, data.situation)) &&
    answersKnown(content, data.answers)
  );
}

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
  if (!sameMajor(content, file.contentVersion)) return { ok: false, error: 'outdated' };
  const data = copyCase(file.case);
  if (!caseKnown(content, data)) return { ok: false, error: 'unknown-answers' };
  return { ok: true, data, savedAt: file.savedAt };
}

/** A file name that says what it is and when, never who: "discerne-case-2026-11-24.json". */
export function caseFileName(savedAt = new Date()): string {
  return `discerne-case-${savedAt.toISOString().slice(0, 10)}.json`;
}
