import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../src/domain/case/share';
import { toBase64Url } from '../../src/domain/case/base64url';
import { emptyCase } from '../../src/domain/wizard';
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
    const decoded = decodeShare(content, encoded);
    expect(decoded).toEqual({
      ok: true,
      data: { ...data, description: '', sheet: { reference: '', notes: '', consent: null } },
    });
    expect(encoded).not.toContain(toBase64Url('texte'));
  });

  it('refuses a tampered link, an outdated one, and unknown answers, without throwing', () => {
    expect(decodeShare(content, 'not base64!')).toEqual({ ok: false, error: 'malformed' });
    expect(decodeShare(content, encodeShare(content, data).slice(0, 10))).toEqual({
      ok: false,
      error: 'malformed',
    });
    // Same major version: ids mean the same things, so an older minor still opens.
    const major = content.manifest.version.split('.')[0]!;
    const old = toBase64Url(
      JSON.stringify({ f: 1, v: `${major}.0.0`, j: 'BE', s: 'other', a: {} }),
    );
    const previous = toBase64Url(JSON.stringify({ f: 1, v: '0.1.0', j: 'BE', s: 'other', a: {} }));
    const future = toBase64Url(JSON.stringify({ f: 1, v: '99.0.0', j: 'BE', s: 'other', a: {} }));
    expect(decodeShare(content, future)).toEqual({ ok: false, error: 'outdated' });
    expect(decodeShare(content, old).ok).toBe(true);
    expect(decodeShare(content, previous)).toEqual({ ok: false, error: 'outdated' });
    const unknown = toBase64Url(
      JSON.stringify({
        f: 1,
        v: `${major}.0.0`,
        j: 'BE',
        s: 'other',
        a: { 'know.skills': ['maybe'] },
      }),
    );
    expect(decodeShare(content, unknown)).toEqual({ ok: false, error: 'unknown-answers' });
  });
});
