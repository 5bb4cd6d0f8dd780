// The case as a file: what "Export" writes, and what the reader (caseFile.read.ts) expects. Unlike
// the share link it carries everything, free text and sheet fields included, because the
// worker keeps the file. Kept apart from the reader so writing needs no validator (zod) at
// start-up: the reader is loaded when a file is imported.
import type { Content } from '../content/types.ts';
import type { CaseData } from '../wizard/steps.ts';
import { formatGroupLabel, type GroupLabel } from '../workshop/groupLabel.ts';
import { answersKnown, copyAnswers, knownJurisdiction, knownSituation } from './known.ts';

/** Says "this JSON is a Discerne case", so another app's JSON is told apart from a broken one. */
export const CASE_FORMAT = 'discerne-case';
/** Bumped when the file's shape changes; older versions are read or refused, never guessed. */
export const CASE_FORMAT_VERSION = 1;
/** Far above any real case (a few KiB); refuses a wrong file before parsing it. */
export const MAX_CASE_FILE_CHARS = 200_000;
/** The suggested file name's extension; the file is plain JSON. */
export const CASE_FILE_TYPE = 'application/json';

/** What an exported file holds. */
export interface CaseFile {
  format: typeof CASE_FORMAT;
  formatVersion: typeof CASE_FORMAT_VERSION;
  /** Content version the answers were given under. */
  contentVersion: string;
  savedAt: string;
  /** A workshop group's label ("B-green", ADR 0021), never a name; absent outside a workshop.
   *  Older readers of format 1 ignore it, so the format number stays. */
  group?: string;
  case: CaseData;
}

export type CaseFileError = 'malformed' | 'foreign' | 'outdated' | 'unknown-answers' | 'too-large';
export type CaseFileResult =
  | {
      ok: true;
      data: CaseData;
      savedAt: string;
      /** Written under another content major: answers whose questions are gone were dropped. */
      migrated: boolean;
      /** The workshop group's label, when the file carries one of the content's. */
      group?: GroupLabel;
    }
  | { ok: false; error: CaseFileError };

export function serializeCase(
  content: Content,
  data: CaseData,
  savedAt = new Date(),
  group: GroupLabel | null = null,
): string {
  const file: CaseFile = {
    format: CASE_FORMAT,
    formatVersion: CASE_FORMAT_VERSION,
    contentVersion: content.manifest.version,
    savedAt: savedAt.toISOString(),
    ...(group ? { group: formatGroupLabel(group) } : {}),
    case: data,
  };
  return JSON.stringify(file, null, 2);
}

/** A copy of the case, so the caller never shares objects with what was parsed. */
export function copyCase(data: CaseData): CaseData {
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

/** A file name that says what it is and when, never who: "discerne-case-2026-11-24.json" (a
 *  workshop group's file starts with its label instead: workshopLink.ts). */
export function caseFileName(savedAt = new Date(), stem = 'discerne-case'): string {
  return `${stem}-${savedAt.toISOString().slice(0, 10)}.json`;
}
