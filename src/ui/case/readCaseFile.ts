// Reading a chosen file as a case, for the import and for the workshop's comparison: the size
// is checked before a byte is read (a wrong file can be huge), a file the browser cannot read
// is refused with its own reason, and nothing ever throws, so one bad file in a batch never
// drops the others.
import { MAX_CASE_FILE_CHARS, type CaseFileError } from '../../domain/case/caseFile.write';
import type { Content } from '../../domain/content/types';
import type { CaseData } from '../../domain/wizard/steps';
import type { GroupLabel } from '../../domain/workshop/groupLabel';

export type ReadError = CaseFileError | 'unreadable';
export type ReadResult =
  | { ok: true; data: CaseData; migrated: boolean; group?: GroupLabel }
  | { ok: false; error: ReadError };

/** Reads and checks a chosen file; never throws, never touches the case. */
export async function readCaseFile(content: Content, file: Blob): Promise<ReadResult> {
  // UTF-8 takes up to 4 bytes a character: anything bigger cannot be a case file.
  if (file.size > MAX_CASE_FILE_CHARS * 4) return { ok: false, error: 'too-large' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  // The reader (and its validator) is fetched only when a file is chosen.
  try {
    const { parseCaseFile } = await import('../../domain/case/caseFile.read');
    return parseCaseFile(content, text);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}
