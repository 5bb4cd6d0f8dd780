import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShare } from '../../src/domain/case/shareLink.read';
import { checkCharacters, encodeShare, structureHash } from '../../src/domain/case/shareLink.write';
import { emptyCase } from '../../src/domain/wizard';
import { caseArb } from '../support/arbitraries';
import { realContent } from '../support/content';

const content = realContent();
const data = {
  ...emptyCase(content),
  situation: 'other',
  description: 'texte libre à ne jamais partager',
  answers: { 'know.skills': ['yes'] },
  sheet: { reference: 'dossier 12', notes: 'notes', consent: 'obtained' as const },
};

describe('share link', () => {
  it('round-trips the answers but never the free text', () => {
    const encoded = encodeShare(content, data);
    expect(decodeShare(content, encoded)).toEqual({
      ok: true,
      data: { ...data, description: '', sheet: { reference: '', notes: '', consent: null } },
    });
    expect(encoded).not.toMatch(/texte|dossier|notes/);
  });

  it('round-trips any case, and stays short enough for a QR code a phone can read', () => {
    let longest = 0;
    fc.assert(
      fc.property(caseArb(content), (input) => {
        const encoded = encodeShare(content, { ...emptyCase(content), ...input });
        longest = Math.max(longest, encoded.length);
        const decoded = decodeShare(content, encoded);
        expect(decoded.ok && decoded.data.answers).toEqual(input.answers);
        expect(decoded.ok && decoded.data.situation).toBe(input.situation);
      }),
      { numRuns: 300 },
    );
    // One character per question plus a short header: a small QR code a phone reads off paper.
    expect(longest).toBeLessThan(100);
  });

  it('refuses a tampered link, an outdated one, and unknown answers, without throwing', () => {
    const encoded = encodeShare(content, data);
    const [format, hash, j, s, answers] = encoded.split('.');
    // A forged code with valid check characters, to reach the checks behind them.
    const sign = (...parts: (string | undefined)[]) => {
      const body = parts.join('.');
      return `${body}.${checkCharacters(body)}`;
    };
    expect(decodeShare(content, 'not a code!')).toEqual({ ok: false, error: 'malformed' });
    expect(decodeShare(content, encoded.slice(0, 6))).toEqual({ ok: false, error: 'malformed' });
    // Cut or altered on the way: the check characters no longer match.
    expect(decodeShare(content, encoded.slice(0, -4) + encoded.slice(-3))).toEqual({
      ok: false,
      error: 'malformed',
    });
    expect(decodeShare(content, sign(format, hash, j, s, answers))).toMatchObject({ ok: true });
    // Made under other content (ids changed): refused, never misread.
    const other = structureHash(content) === 'abc' ? 'abd' : 'abc';
    expect(decodeShare(content, sign(format, other, j, s, answers))).toEqual({
      ok: false,
      error: 'outdated',
    });
    expect(decodeShare(content, sign('9', hash, j, s, answers))).toEqual({
      ok: false,
      error: 'outdated',
    });
    expect(decodeShare(content, sign(format, hash, 'XX', s, answers))).toEqual({
      ok: false,
      error: 'unknown-answers',
    });
    expect(decodeShare(content, sign(format, hash, j, 'zz', answers))).toEqual({
      ok: false,
      error: 'unknown-answers',
    });
    // An option index beyond the question's options.
    expect(decodeShare(content, sign(format, hash, j, s, 'z'))).toEqual({
      ok: false,
      error: 'unknown-answers',
    });
  });
});
