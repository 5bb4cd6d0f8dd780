// Writing a share link: the case's answers (never its free text) in a short code, so the link
// fits a QR code a phone reads off a printed sheet. Reading links is in shareLink.read.ts, which needs
// zod: kept apart so a first visit does not download the validator.
//
// The code is positional: `<format>.<structure>.<jurisdiction>.<situation>.<answers>.<check>`,
// where situation and options are indexes in the content's order and `structure` is a hash of
// every id in that order. A link made under other content (ids added, removed or reordered)
// has another hash and is refused as outdated, never misread; a link cut or altered on the way
// fails its check characters and is refused as malformed, never opened as a partial case.
import type { Content, Question } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import type { CaseData } from '../wizard/steps.ts';

/** The URL parameter that carries a shared case. */
export const SHARE_PARAM = 'case';
export const SHARE_FORMAT = '2';
/** Single answers are one base-36 digit; "no answer" and several-choice masks are marked. */
export const NO_ANSWER = '-';
export const MASK_MARK = '_';

export function sharedQuestions(content: Content): Question[] {
  return POSTURES.flatMap((p) => content.postures[p].questions);
}

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Two base-36 characters that change when any character of the code does. */
export function checkCharacters(body: string): string {
  return (fnv1a(body) % 1296).toString(36).padStart(2, '0');
}

/** FNV-1a over every id that a code's indexes point at, in order, in base 36. */
export function structureHash(content: Content): string {
  const ids = [
    ...content.jurisdictions.jurisdictions.map((j) => j.id),
    ...content.situations.situations.map((s) => s.id),
    ...sharedQuestions(content).flatMap((q) => [q.id, q.kind, ...q.options.map((o) => o.id)]),
  ].join('|');
  return fnv1a(ids).toString(36);
}

function answerToken(question: Question, given: string[] | undefined): string {
  if (!given || given.length === 0) return NO_ANSWER;
  const indexes = given.map((id) => question.options.findIndex((o) => o.id === id));
  if (indexes.some((i) => i < 0)) return NO_ANSWER;
  if (question.kind !== 'multiple') return indexes[0]!.toString(36);
  const mask = indexes.reduce((m, i) => m + 2 ** i, 0);
  return `${MASK_MARK}${mask.toString(36)}${MASK_MARK}`;
}

export function encodeShare(content: Content, data: CaseData): string {
  const situation = content.situations.situations.findIndex((s) => s.id === data.situation);
  if (situation < 0) throw new Error('a case without a known situation cannot be shared');
  const answers = sharedQuestions(content)
    .map((q) => answerToken(q, data.answers[q.id]))
    .join('')
    // Trailing unanswered questions say nothing: the link stays short.
    .replace(/-+$/, '');
  const body = [
    SHARE_FORMAT,
    structureHash(content),
    data.jurisdiction,
    situation.toString(36),
    answers,
  ].join('.');
  return `${body}.${checkCharacters(body)}`;
}

/** Where a link is opened: the app's own address, without its query or hash. */
export type ShareLocation = Pick<Location, 'origin' | 'pathname'>;

/** The whole link a colleague opens: `<origin><pathname>?case=<code>`. */
export function shareUrl(content: Content, data: CaseData, location: ShareLocation): string {
  const params = new URLSearchParams({ [SHARE_PARAM]: encodeShare(content, data) });
  return `${location.origin}${location.pathname}?${params.toString()}`;
}
