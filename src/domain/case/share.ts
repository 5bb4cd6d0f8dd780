// The share link: the case's answers (never its free text) in the URL, so a colleague or a
// supervisor opens the same diagnostic. Decoding never throws: a tampered, truncated or
// outdated link gives an error code the screen turns into a clear message.
import { z } from 'zod/mini';
import type { Content } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { validAnswer } from '../engine/path.ts';
import { emptySheet, type CaseData } from '../wizard/steps.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';

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

/** Content versions share a major number when their ids mean the same things. */
const major = (version: string) => version.split('.')[0];

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
  if (major(p.v) !== major(content.manifest.version)) return { ok: false, error: 'outdated' };
  const situation = content.situations.situations.find((s) => s.id === p.s);
  const questions = new Map(
    POSTURES.flatMap((x) => content.postures[x].questions).map((q) => [q.id, q]),
  );
  const known =
    situation !== undefined &&
    Object.entries(p.a).every(([qid, given]) => {
      const q = questions.get(qid);
      return q !== undefined && validAnswer(q, given);
    });
  if (!known) return { ok: false, error: 'unknown-answers' };
  return {
    ok: true,
    data: {
      jurisdiction: p.j,
      situation: p.s,
      description: '',
      answers: Object.fromEntries(Object.entries(p.a).map(([k, v]) => [k, [...v]])),
      sheet: emptySheet(),
    },
  };
}
