// Reading a share link. Decoding never throws: a tampered, truncated or outdated link gives an
// error code the screen turns into a clear message. The format is described in shareLink.write.ts.
import { z } from 'zod/mini';
import type { Content } from '../content/types.ts';
import type { Answers } from '../engine/types.ts';
import { emptySheet, type CaseData } from '../wizard/steps.ts';
import { answersKnown, knownJurisdiction } from './known.ts';
import {
  checkCharacters,
  MASK_MARK,
  NO_ANSWER,
  SHARE_FORMAT,
  sharedQuestions,
  structureHash,
} from './shareLink.write.ts';

/** Far above any real code (a few dozen characters): refuses garbage before reading it. */
const MAX_CODE_CHARS = 2_000;

const Code = z
  .string()
  .check(
    z.maxLength(MAX_CODE_CHARS),
    z.regex(/^[0-9a-z]+\.[0-9a-z]{1,7}\.[A-Z]{2}\.[0-9a-z]{1,4}\.[0-9a-z_-]*\.[0-9a-z]{2}$/),
  );

export type ShareError = 'malformed' | 'outdated' | 'unknown-answers';
export type ShareResult = { ok: true; data: CaseData } | { ok: false; error: ShareError };

/** The answers' tokens, one per question in order; null when the code is not well formed. */
function readTokens(code: string, count: number): (number | number[] | null)[] | null {
  const tokens: (number | number[] | null)[] = [];
  for (let i = 0; i < code.length;) {
    const c = code[i]!;
    if (c === NO_ANSWER) {
      tokens.push(null);
      i += 1;
    } else if (c === MASK_MARK) {
      const end = code.indexOf(MASK_MARK, i + 1);
      if (end < 0 || end === i + 1 || end - i > 12) return null;
      const mask = parseInt(code.slice(i + 1, end), 36);
      const set: number[] = [];
      for (let bit = 0; bit < 36; bit++) if (Math.floor(mask / 2 ** bit) % 2 === 1) set.push(bit);
      tokens.push(set);
      i = end + 1;
    } else {
      tokens.push(parseInt(c, 36));
      i += 1;
    }
  }
  if (tokens.length > count) return null;
  while (tokens.length < count) tokens.push(null);
  return tokens;
}

/** A code of another format (its own check, its own layout): read as outdated, never misread. */
const OTHER_FORMAT = /^[0-9]{1,3}\./;

export function decodeShare(content: Content, encoded: string): ShareResult {
  // Format 2 links (a weaker check) are refused as outdated: they were made under content 1.x,
  // whose structure no longer exists anyway (ADR 0010).
  if (
    typeof encoded === 'string' &&
    OTHER_FORMAT.test(encoded) &&
    !encoded.startsWith(`${SHARE_FORMAT}.`)
  )
    return { ok: false, error: 'outdated' };
  if (!Code.safeParse(encoded).success) return { ok: false, error: 'malformed' };
  const body = encoded.slice(0, encoded.lastIndexOf('.'));
  if (encoded.slice(body.length + 1) !== checkCharacters(body))
    return { ok: false, error: 'malformed' };
  const [format, hash, jurisdiction, situationIndex, answerCode] = body.split('.') as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (format !== SHARE_FORMAT || hash !== structureHash(content))
    return { ok: false, error: 'outdated' };
  const situation = content.situations.situations[parseInt(situationIndex, 36)];
  const questions = sharedQuestions(content);
  const tokens = readTokens(answerCode, questions.length);
  if (!tokens) return { ok: false, error: 'malformed' };
  const answers: Answers = {};
  for (const [i, token] of tokens.entries()) {
    if (token === null) continue;
    const q = questions[i]!;
    const ids = (Array.isArray(token) ? token : [token]).map((n) => q.options[n]?.id ?? '');
    if (Array.isArray(token) !== (q.kind === 'multiple'))
      return { ok: false, error: 'unknown-answers' };
    answers[q.id] = ids;
  }
  if (!situation || !knownJurisdiction(content, jurisdiction) || !answersKnown(content, answers))
    return { ok: false, error: 'unknown-answers' };
  return {
    ok: true,
    data: {
      jurisdiction: jurisdiction,
      situation: situation.id,
      description: '',
      answers,
      sheet: emptySheet(),
    },
  };
}
