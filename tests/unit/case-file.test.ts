import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/domain/case/caseFile.read';
import {
  caseFileName,
  MAX_CASE_FILE_CHARS,
  serializeCase,
} from '../../src/domain/case/caseFile.write';
import { decodeShare } from '../../src/domain/case/shareLink.read';
import { SHARE_PARAM, shareUrl } from '../../src/domain/case/shareLink.write';
import { emptyCase, type CaseData } from '../../src/domain/wizard';
import { realContent } from '../support/content';
import { answeredCase } from '../support/cases';

const content = realContent();
const full: CaseData = {
  ...answeredCase(content, 'other'),
  description: 'un formulaire en ligne sans case pour sa situation',
  sheet: { reference: 'dossier 12', notes: 'à revoir', consent: 'obtained' },
};

const edit = (mutate: (file: Record<string, unknown>) => void): string => {
  const file = JSON.parse(serializeCase(content, full)) as Record<string, unknown>;
  mutate(file);
  return JSON.stringify(file);
};

describe('case file', () => {
  it('round-trips the whole case, free text and sheet fields included', () => {
    const savedAt = new Date('2026-11-20T10:00:00.000Z');
    const result = parseCaseFile(content, serializeCase(content, full, savedAt));
    expect(result).toEqual({
      ok: true,
      data: full,
      savedAt: savedAt.toISOString(),
      migrated: false,
    });
  });

  it('opens a file of an older content major with a notice, keeping the answers still asked', () => {
    const older = edit((f) => {
      f.contentVersion = '0.9.0';
      const c = f.case as CaseData;
      c.answers = { ...c.answers, 'gone.question': ['yes'] };
      c.situation = 'a-situation-since-removed';
    });
    const result = parseCaseFile(content, older);
    expect(result).toMatchObject({
      ok: true,
      migrated: true,
      data: { answers: full.answers, situation: null, sheet: full.sheet },
    });
    // Nothing to drop: it opens, told apart only by its version.
    expect(
      parseCaseFile(
        content,
        edit((f) => (f.contentVersion = '0.1.0')),
      ),
    ).toMatchObject({
      ok: true,
      data: full,
      migrated: false,
    });
  });

  it('round-trips a case not begun yet', () => {
    const empty = emptyCase(content);
    expect(parseCaseFile(content, serializeCase(content, empty))).toMatchObject({
      ok: true,
      data: empty,
    });
  });

  it('names what the file is from, its format version and content version', () => {
    const file = JSON.parse(serializeCase(content, full)) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'discerne-case',
      formatVersion: 1,
      contentVersion: content.manifest.version,
    });
  });

  it.each([
    ['not JSON', 'hello', 'malformed'],
    ['truncated', serializeCase(content, full).slice(0, 60), 'malformed'],
    ['another JSON', '{"name":"a package.json"}', 'foreign'],
    ['a JSON array', '[1,2,3]', 'foreign'],
    ['JSON null', 'null', 'foreign'],
    ['a later file format', edit((f) => (f.formatVersion = 2)), 'outdated'],
    ['a missing case', edit((f) => delete f.case), 'malformed'],
    ['a bad date', edit((f) => (f.savedAt = 'yesterday')), 'malformed'],
    [
      'an unknown answer',
      edit((f) => ((f.case as CaseData).answers = { 'no.such.question': ['yes'] })),
      'unknown-answers',
    ],
    [
      'an unknown situation',
      edit((f) => ((f.case as CaseData).situation = 'no-such-situation')),
      'unknown-answers',
    ],
    ['a huge file', ' '.repeat(MAX_CASE_FILE_CHARS + 1), 'too-large'],
  ])('refuses %s', (_, text, error) => {
    expect(parseCaseFile(content, text)).toEqual({ ok: false, error });
  });

  it('suggests a file name with a date and no name', () => {
    expect(caseFileName(new Date('2026-11-24T08:00:00Z'))).toBe('discerne-case-2026-11-24.json');
  });
});

describe('share URL', () => {
  it('puts the encoded answers after #case= on our own address, so no server sees them', () => {
    const url = new URL(
      shareUrl(content, full, { origin: 'https://example.org', pathname: '/discerne/' }),
    );
    expect(url.origin + url.pathname).toBe('https://example.org/discerne/');
    expect(url.search).toBe('');
    expect(url.hash.startsWith(`#${SHARE_PARAM}=`)).toBe(true);
    const decoded = decodeShare(content, url.hash.slice(`#${SHARE_PARAM}=`.length));
    expect(decoded).toMatchObject({ ok: true, data: { answers: full.answers } });
    expect(url.href).not.toContain('dossier');
  });
});
