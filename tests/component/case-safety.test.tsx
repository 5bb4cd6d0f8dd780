// Issue 18 in jsdom: nothing a worker types is lost or swapped in silently — a shared case
// survives a reload in its tab, the case kept in the browser is never replaced without the
// worker's word, another tab's newer change is never overwritten, the shared-computer choice,
// and the quick exit by keyboard. Reloads are a fresh render with the same storage.
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCase, STORAGE_KEY } from '../../src/domain/case/savedCase.write';
import { encodeShare, SHARE_HASH } from '../../src/domain/case/shareLink.write';
import { key } from '../../src/domain/content/keys';
import { walkPath } from '../../src/domain/engine';

import type { CaseData } from '../../src/domain/wizard';
import { App } from '../../src/ui/App';
import { KEEPING_KEY, OWN_COMPUTER } from '../../src/ui/case/keeping';
import { LEAVE_SIGNAL_KEY } from '../../src/ui/case/leave';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';
import { bootNow, interfaceText, renderWithI18n } from '../support/render';

const content = realContent();
const t = interfaceText('fr');
const [first, second] = content.situations.situations.map((s) => s.id);
const mine: CaseData = { ...answeredCase(content, first!), description: 'mon dossier' };
const theirs: CaseData = answeredCase(content, second!);
const title = (situation: string) => t(key.situationTitle(situation), { ns: 'content' });
const setUrl = (url: string) => window.history.replaceState(null, '', url);
const kept = () =>
  JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null') as {
    case: CaseData;
    revision: number;
  } | null;
const inTab = () => window.sessionStorage.getItem(STORAGE_KEY);
const open = () => renderWithI18n(<App content={content} boot={bootNow(content)} />);
/** A reload: the page goes, the tab's storage stays. */
const reload = (hash: string) => {
  window.dispatchEvent(new Event('pagehide'));
  cleanup();
  setUrl(`/${hash}`);
  return open();
};

// Whole renders of the app with real storage: slow on a loaded machine (the full suite runs files
// side by side on two cores), never stuck.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  setUrl('/');
});

describe('a shared link when a case is kept in this browser', () => {
  it('survives a reload in its tab, and the kept case is only opened when the worker asks', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(KEEPING_KEY, OWN_COMPUTER);
    saveCase(window.localStorage, content, mine, 'review', Date.now(), {
      caseId: 'a',
      revision: 1,
    });
    setUrl(`/${SHARE_HASH}${encodeShare(content, theirs)}`);
    open();
    expect(screen.getAllByText(new RegExp(title(second!))).length).toBeGreaterThan(0);
    expect(screen.getByText(t('case.notice.other-saved'))).toBeInTheDocument();
    await waitFor(() => expect(inTab()).not.toBeNull());

    reload('#/review');
    // The shared case again, not the kept one swapped in.
    expect(screen.getAllByText(new RegExp(title(second!))).length).toBeGreaterThan(0);
    expect(screen.queryByText(new RegExp(title(first!)))).not.toBeInTheDocument();
    expect(screen.getByText(t('case.notice.other-saved'))).toBeInTheDocument();
    expect(kept()?.case.description).toBe('mon dossier');

    await user.click(screen.getByRole('button', { name: t('case.action.openKept') }));
    await waitFor(() =>
      expect(screen.getAllByText(new RegExp(title(first!))).length).toBeGreaterThan(0),
    );
  });
});

describe('two tabs on one case', () => {
  const q = walkPath(content, mine).find(
    (s) => s.posture === 'know' && s.question.kind !== 'multiple',
  )!.question;
  const other = q.options.find((o) => o.id !== mine.answers[q.id]?.[0])!;

  it('hears of the other tab’s change and never overwrites it without asking', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(KEEPING_KEY, OWN_COMPUTER);
    const tag = { caseId: 'same', revision: 1 };
    saveCase(window.localStorage, content, mine, 'know', Date.now(), tag);
    saveCase(window.sessionStorage, content, mine, 'know', Date.now(), tag);
    setUrl('/#/know');
    open();
    // The other tab saves revision 2 of the same case.
    const newer = { ...mine, description: 'changé ailleurs' };
    saveCase(window.localStorage, content, newer, 'review', Date.now(), {
      caseId: 'same',
      revision: 2,
    });
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: STORAGE_KEY,
          newValue: window.localStorage.getItem(STORAGE_KEY),
          storageArea: window.localStorage,
        }),
      );
    });
    expect(await screen.findByText(t('case.notice.changed-elsewhere'))).toBeInTheDocument();
    // This tab changes an answer: its own copy follows, the browser's newer one is left alone.
    await user.click(
      screen.getByRole('radio', { name: t(key.option(q.id, other.id), { ns: 'content' }) }),
    );
    await waitFor(() =>
      expect((JSON.parse(inTab()!) as { case: CaseData }).case.answers[q.id]).toEqual([other.id]),
    );
    expect(kept()).toMatchObject({ revision: 2, case: { description: 'changé ailleurs' } });
    // The worker chooses this tab's version: written over it as revision 3.
    await user.click(screen.getByRole('button', { name: t('case.action.keepThisTab') }));
    await waitFor(() => expect(kept()?.revision).toBe(3));
    expect(kept()?.case.answers[q.id]).toEqual([other.id]);
  });
});

describe('"This is a shared computer"', () => {
  it('is ticked by default; unticked, the case is kept in the browser, ticked again, taken out', async () => {
    const user = userEvent.setup();
    saveCase(window.sessionStorage, content, mine, 'review');
    setUrl('/#/review');
    open();
    const box = screen.getByRole('checkbox', { name: t('case.keeping.shared') });
    expect(box).toBeChecked();
    expect(screen.getByText(t('case.keeping.sharedHint'))).toBeInTheDocument();
    await user.click(box);
    await waitFor(() => expect(kept()?.case.description).toBe('mon dossier'));
    expect(window.localStorage.getItem(KEEPING_KEY)).toBe(OWN_COMPUTER);
    await user.click(box);
    expect(kept()).toBeNull();
    expect(window.localStorage.getItem(KEEPING_KEY)).toBeNull();
    expect(inTab()).not.toBeNull();
  });
});

describe('quick exit', () => {
  it('is labelled for what it does, says so on screen, and Shift pressed three times triggers it', async () => {
    const user = userEvent.setup();
    saveCase(window.sessionStorage, content, mine, 'review');
    setUrl('/#/review');
    open();
    const button = screen.getByRole('button', { name: t('quickExit.button') });
    expect(button).toHaveAccessibleDescription(t('quickExit.hint'));
    expect(screen.getByText(t('quickExit.hint'))).toBeVisible();
    // jsdom does not navigate: the leaving itself is checked in Chromium.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await user.keyboard('{Shift}{Shift}');
    expect(inTab()).not.toBeNull();
    await act(() => user.keyboard('{Shift}'));
    expect(inTab()).toBeNull();
    expect(window.sessionStorage.length).toBe(0);
  });

  it('in another tab makes this tab leave and erase too', () => {
    saveCase(window.sessionStorage, content, mine, 'review');
    setUrl('/#/review');
    open();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: LEAVE_SIGNAL_KEY,
          newValue: String(Date.now()),
          storageArea: window.localStorage,
        }),
      );
    });
    expect(window.sessionStorage.length).toBe(0);
    expect(screen.getByRole('heading', { level: 1, name: t('steps.start') })).toBeInTheDocument();
  });

  it('is not triggered by Shift used to type capitals', async () => {
    const user = userEvent.setup();
    saveCase(window.sessionStorage, content, mine, 'review');
    setUrl('/#/review');
    open();
    await user.keyboard('{Shift>}A{/Shift}{Shift>}B{/Shift}{Shift>}C{/Shift}');
    expect(inTab()).not.toBeNull();
  });
});
