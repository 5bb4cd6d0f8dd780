// The share link: the case's answers (never its free text) in the URL, so a colleague or a
// supervisor opens the same diagnostic. Decoding never throws: a tampered, truncated or
// outdated link gives an error code the screen turns into a clear message.
import { z } from 'zod/mini';
import type { Content } from '../content/types.ts';
import { emptySheet, type CaseData } from '../wizard/steps.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import {
  answersKnown,
  copyAnswers,
  knownJurisdiction,
  knownSituation,
  sameMajor,
} from './known.ts';

/** The URL parameter that carries a shared case. */
export const SHARE_PARAM = 'case';
const FORMAT = 1;

const Payload = z.object({
  f: z.literal(FORMAT),
  /** Content version the answers were given under. */
  v: z.string(),
  j: z.enum(['BE', 'FR']),
  s: z.string(),
  a: z.record(z.string(), z.array(z.string())),
});

export type ShareError = 'malformed' | 'outdated' | 'unknown-answers';
export type ShareResult = { ok: true; data: CaseData } | { ok: false; error: ShareError };

export function encodeShare(content: Content, data: CaseData): string {
  if (data.situation === null) throw new Error('a case without a situation cannot be shared');
  const payload: z.infer<typeof Payload> = {
    f: FORMAT,
    v: content.manifest.version,
    j: data.jurisdiction,
    s: data.situation,
    a: data.answers,
  };
  return toBase64Url(JSON.stringify(payload));
}

export function decodeShare(content: Content, encoded: string): ShareResult {
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { ok: false, error: 'malformed' };
  }
  const parsed = Payload.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'malformed' };
  const p = parsed.data;
  if (!sameMajor(content, p.v)) return { ok: false, error: 'outdated' };
  const known =
    knownSituation(content, p.s) && knownJurisdiction(content, p.j) && answersKnown(content, p.a);
  if (!known) return { ok: false, error: 'unknown-answers' };
  return {
    ok: true,
    data: {
      jurisdiction: p.j,
      situation: p.s,
      description: '',
      answers: copyAnswers(p.a),
      sheet: emptySheet(),
    },
  };
}

/** Where a link is opened: the app's own address, without its query or hash. */
export type ShareLocation = Pick<Location, 'origin' | 'pathname'>;

/** The whole link a colleague opens: `<origin><pathname>?case=<encoded answers>`. */
export function shareUrl(content: Content, data: CaseData, location: ShareLocation): string {
  const params = new URLSearchParams({ [SHARE_PARAM]: encodeShare(content, data) });
  return `${location.origin}${location.pathname}?${params.toString()}`;
}
