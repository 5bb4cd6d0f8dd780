// Writing a share link: the case's answers (never its free text) in a short code, so the link
// fits a QR code a phone reads off a printed sheet. Reading links is in shareLink.read.ts, which needs
// zod: kept apart so a first visit does not download the validator.
//
// The code is positional: `<format>.<structure>.<jurisdiction>.<situation>.<answers>.<check>`,
// where situation and options are indexes in the content's order and `structure` is a hash of
// every id in that order. A link made under other content (ids added, removed or reordered)
// has another hash and is refused as outdated, never misread; a link cut or altered on the way
// fails its check characters and is refused as malformed, never opened as a partial case.
//
// The code travels after `#` (`…/#case=<code>`): browsers never send the fragment to the
// server, so the code stays out of access logs. Older `?case=<code>` links are still read.
import type { Content, Question } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import type { CaseData } from '../wizard/steps.ts';

/** The query parameter older links carried the code in (it reached the server's log). */
export const SHARE_PARAM = 'case';
/** What starts the fragment of a share link: `#case=<code>`. */
export const SHARE_HASH = `#${SHARE_PARAM}=`;
/** 3: the check catches every single-character error and adjacent swap (2 had a hash). */
export const SHARE_FORMAT = '3';
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

/** Every character a code can hold, each with its own value for the check. */
export const CODE_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_';
/** The largest prime below 36², so the check fits two base-36 characters. */
const CHECK_PRIME = 1291;

/**
 * Two base-36 characters: the sum of each character's value times its position's weight
 * (1, 2, 3…), modulo a prime. A typo changes one value by less than the prime, times a weight
 * the prime does not divide; a swap of neighbours changes the sum by their difference times
 * the weights' difference (±1). Neither can be a multiple of a prime, so every single-character
 * substitution and every adjacent transposition changes the check (a hash let 3 in 391 231
 * through). A random change still passes one time in 1 291.
 */
export function checkCharacters(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // From 1, never 0: a character cut off the end always changes the sum too.
    const found = CODE_ALPHABET.indexOf(body[i]!);
    const value = (found < 0 ? CODE_ALPHABET.length : found) + 1;
    const weight = (i % (CHECK_PRIME - 1)) + 1;
    sum = (sum + weight * value) % CHECK_PRIME;
  }
  return sum.toString(36).padStart(2, '0');
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

/** The whole link a colleague opens: `<origin><pathname>#case=<code>`. */
export function shareUrl(content: Content, data: CaseData, location: ShareLocation): string {
  return `${location.origin}${location.pathname}${SHARE_HASH}${encodeShare(content, data)}`;
}

/** The share code an address carries, after `#case=` or in an older link's `?case=`. It stops
 *  at `&`, which no code holds: a workshop's link adds marks after it (`#case=<code>&workshop`,
 *  ADR 0021). */
export function shareCodeIn(href: string): string | null {
  const url = new URL(href);
  if (url.hash.startsWith(SHARE_HASH)) return url.hash.slice(SHARE_HASH.length).split('&')[0]!;
  return url.searchParams.get(SHARE_PARAM);
}

/** The same address without the share code, for the address bar once the code is read. */
export function withoutShareCode(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(SHARE_PARAM);
  if (url.hash.startsWith(SHARE_HASH)) url.hash = '';
  // `new URL` keeps an empty "#" and "?": the bare address is cleaner to read and to bookmark.
  return url.href.replace(/#$/, '').replace(/\?(?=#|$)/, '');
}
