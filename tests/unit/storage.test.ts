import { describe, expect, it } from 'vitest';
import { loadCase } from '../../src/domain/case/savedCase.read';
import {
  EXPIRY_MS,
  forgetCase,
  saveCase,
  STORAGE_KEY,
  storedTag,
  type CaseStore,
} from '../../src/domain/case/savedCase.write';
import type { Content } from '../../src/domain/content/types';
import type { CaseData } from '../../src/domain/wizard';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';

const content = realContent();
const data: CaseData = {
  ...answeredCase(content, 'other'),
  description: 'quelques mots',
  sheet: { reference: 'R-1', notes: 'n', consent: 'asked' },
};
const now = Date.UTC(2026, 10, 24, 9);

function memoryStore(): CaseStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

const failing: CaseStore = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

const withVersion = (version: string): Content => ({
  ...content,
  manifest: { ...content.manifest, version },
});

describe('saved case', () => {
  it('comes back with its step and every answer, free text included, under one key', () => {
    const store = memoryStore();
    const tag = { caseId: 'c1', revision: 3 };
    expect(saveCase(store, content, data, 'want', now, tag)).toBe(true);
    expect([...store.items.keys()]).toEqual([STORAGE_KEY]);
    expect(loadCase(store, content, now + 1000)).toEqual({
      status: 'found',
      data,
      step: 'want',
      savedAt: now,
      migrated: false,
      tag,
    });
    expect(storedTag(store)).toEqual(tag);
  });

  it('expires after 7 days and is then deleted', () => {
    const store = memoryStore();
    saveCase(store, content, data, 'review', now);
    expect(loadCase(store, content, now + EXPIRY_MS - 1).status).toBe('found');
    expect(loadCase(store, content, now + EXPIRY_MS)).toEqual({ status: 'expired' });
    expect(store.items.size).toBe(0);
  });

  it('"forget" deletes it at once', () => {
    const store = memoryStore();
    saveCase(store, content, data, 'know', now);
    expect(forgetCase(store)).toBe(true);
    expect(loadCase(store, content, now)).toEqual({ status: 'none' });
  });

  it('keeps the valid answers of a case saved under an older minor content version', () => {
    const store = memoryStore();
    const [major] = content.manifest.version.split('.');
    const stale: CaseData = { ...data, answers: { ...data.answers, 'gone.question': ['yes'] } };
    // Written by another version of the app, whose content still had "gone.question".
    saveCase(store, withVersion(`${major}.999.0`), stale, 'can', now);
    const loaded = loadCase(store, content, now);
    expect(loaded).toMatchObject({ status: 'found', data, step: 'can', migrated: true });
  });

  it('opens a case saved under another major version, keeping the answers still asked', () => {
    const store = memoryStore();
    const stale: CaseData = {
      ...data,
      answers: { ...data.answers, 'gone.question': ['yes'] },
    };
    saveCase(store, withVersion('0.9.0'), stale, 'can', now);
    expect(loadCase(store, content, now)).toMatchObject({
      status: 'found',
      data,
      migrated: true,
    });
  });

  it('counts a save time in the future (a clock put back) as now, never as expired', () => {
    const store = memoryStore();
    saveCase(store, content, data, 'know', now);
    // The clock was put back by an hour, then by ten days, since the save.
    for (const back of [61_000, 60 * 60_000, 10 * 24 * 60 * 60_000]) {
      expect(loadCase(store, content, now - back)).toMatchObject({
        status: 'found',
        savedAt: now - back,
      });
    }
    expect(store.items.size).toBe(1);
  });

  it('reads a record of format 1 (no case id) as revision 0', () => {
    const store = memoryStore();
    saveCase(store, content, data, 'know', now);
    const old = JSON.parse(store.items.get(STORAGE_KEY)!) as Record<string, unknown>;
    delete old.caseId;
    delete old.revision;
    old.formatVersion = 1;
    store.items.set(STORAGE_KEY, JSON.stringify(old));
    expect(loadCase(store, content, now)).toMatchObject({
      status: 'found',
      tag: { caseId: '', revision: 0 },
    });
  });

  it('discards, with a notice, a record it cannot read', () => {
    const store = memoryStore();
    for (const text of ['{', '{"format":"discerne-saved-case","formatVersion":0}', '[]', 'null']) {
      store.items.set(STORAGE_KEY, text);
      expect(loadCase(store, content, now)).toEqual({ status: 'discarded' });
      expect(store.items.size).toBe(0);
    }
  });

  it('never throws when storage is unavailable or full', () => {
    expect(saveCase(failing, content, data, 'know', now)).toBe(false);
    expect(loadCase(failing, content, now)).toEqual({ status: 'unavailable' });
    expect(forgetCase(failing)).toBe(false);
    expect(saveCase(null, content, data, 'know', now)).toBe(false);
    expect(loadCase(null, content, now)).toEqual({ status: 'unavailable' });
  });
});
