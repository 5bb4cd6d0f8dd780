// The case's life around the wizard, in jsdom: resume and forget, reload on a step, share
// links, import and export, storage that fails, quick exit.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeCase } from '../../src/domain/case/caseFile.write';
import { encodeShare, SHARE_PARAM, shareCodeIn } from '../../src/domain/case/shareLink.write';
import { saveCase, STORAGE_KEY } from '../../src/domain/case/savedCase.write';
import { KEEPING_KEY, OWN_COMPUTER } from '../../src/ui/case/keeping';
import { WORKSHOP_KEY } from '../../src/ui/case/workshopTab';
import { key } from '../../src/domain/content/keys';
import { walkPath } from '../../src/domain/engine';

import type { CaseData } from '../../src/domain/wizard';
import { App } from '../../src/ui/App';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';
import { renderWithI18n, bootNow, interfaceText, chooseCountry } from '../support/render';

const content = realContent();
const t = interfaceText('fr');
const situations = content.situations.situations.map((s) => s.id);
const saved: CaseData = {
  ...answeredCase(content, situations[0]!),
  sheet: { reference: 'R-12', notes: '', consent: null },
};
const firstQuestion = (posture: 'know' | 'want' | 'can', data: CaseData) =>
  content.postures[posture].questions.find((q) => data.answers[q.id])!;

const heading = (name: string) => screen.getByRole('heading', { level: 1, name });
const setUrl = (url: string) => window.history.replaceState(null, '', url);
const stored = () => window.localStorage.getItem(STORAGE_KEY);
const inTab = () => window.sessionStorage.getItem(STORAGE_KEY);
const ownComputer = () => window.localStorage.setItem(KEEPING_KEY, OWN_COMPUTER);
const chooseSituation = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(
    await screen.findByRole('radio', {
      name: new RegExp(t(key.situationTitle(situations[0]!), { ns: 'content' })),
    }),
  );
  await user.click(screen.getByRole('button', { name: t('actions.next') }));
};

// Whole renders of the app with real storage: slow on a loaded machine (the full suite runs files
// side by side on two cores), never stuck.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  setUrl('/');
});
afterEach(() => vi.unstubAllGlobals());

describe('saved case', () => {
  it('is offered on the start page with its date; "Resume" opens it where it was left', async () => {
    const user = userEvent.setup();
    saveCase(window.localStorage, content, saved, 'want');
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    expect(screen.getByRole('heading', { name: t('resume.title') })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(String(new Date().getFullYear())))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('resume.resume') }));
    expect(heading(t(key.postureQuestion('want'), { ns: 'content' }))).toBeInTheDocument();
    const q = firstQuestion('want', saved);
    const option = saved.answers[q.id]![0]!;
    expect(
      await screen.findByRole('radio', { name: t(key.option(q.id, option), { ns: 'content' }) }),
    ).toBeChecked();
  });

  it('"Forget this case" deletes it at once', async () => {
    const user = userEvent.setup();
    saveCase(window.localStorage, content, saved, 'review');
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    await user.click(screen.getByRole('button', { name: t('resume.forget') }));
    expect(stored()).toBeNull();
    expect(screen.queryByRole('heading', { name: t('resume.title') })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(t('case.notice.forgotten'));
  });

  it('a reload on a step comes back to that step with the same answers', async () => {
    saveCase(window.localStorage, content, saved, 'can');
    setUrl('/#/know');
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    expect(heading(t(key.postureQuestion('know'), { ns: 'content' }))).toBeInTheDocument();
    const q = firstQuestion('know', saved);
    expect(
      await screen.findByRole('radio', {
        name: t(key.option(q.id, saved.answers[q.id]![0]!), { ns: 'content' }),
      }),
    ).toBeChecked();
    expect(window.location.hash).toBe('#/know');
  });

  it('is saved as the user goes, from the first choice of a situation, in this tab only', async () => {
    const user = userEvent.setup();
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    await user.click(screen.getByRole('button', { name: t('start.begin') }));
    await chooseCountry(user);
    expect(inTab()).toBeNull();
    await chooseSituation(user);
    // Written once the new step is painted.
    await waitFor(() => expect(inTab()).not.toBeNull());
    expect(JSON.parse(inTab()!)).toMatchObject({
      step: 'know',
      case: { situation: situations[0] },
    });
    // A shared computer by default: nothing stays in the browser once the tab is closed.
    expect(stored()).toBeNull();
  });

  it('on a computer the worker says is theirs, is kept in the browser too', async () => {
    const user = userEvent.setup();
    ownComputer();
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    await user.click(screen.getByRole('button', { name: t('start.begin') }));
    await chooseCountry(user);
    await chooseSituation(user);
    await waitFor(() => expect(stored()).not.toBeNull());
    expect(JSON.parse(stored()!)).toMatchObject({ step: 'know', revision: 1 });
  });

  it('keeps the answers ticked on a page but not yet sent', async () => {
    const user = userEvent.setup();
    saveCase(window.sessionStorage, content, { ...saved, answers: {} }, 'know');
    setUrl('/#/know');
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    const q = walkPath(content, { ...saved, answers: {} }).find(
      (s) => s.posture === 'know' && s.question.kind !== 'multiple',
    )!.question;
    await user.click(
      await screen.findByRole('radio', {
        name: t(key.option(q.id, q.options[0]!.id), { ns: 'content' }),
      }),
    );
    // No "Next": the answer is written on its own, shortly after it is shown.
    await waitFor(() =>
      expect(JSON.parse(inTab()!)).toMatchObject({
        step: 'know',
        case: { answers: { [q.id]: [q.options[0]!.id] } },
      }),
    );
  });

  it('when storage fails, says the case will not be kept and carries on', async () => {
    const user = userEvent.setup();
    const broken = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
      clear: () => undefined,
    };
    vi.stubGlobal('localStorage', broken);
    vi.stubGlobal('sessionStorage', broken);
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    await user.click(screen.getByRole('button', { name: t('start.begin') }));
    await chooseCountry(user);
    await user.click(
      await screen.findByRole('radio', {
        name: new RegExp(t(key.situationTitle(situations[0]!), { ns: 'content' })),
      }),
    );
    await user.click(screen.getByRole('button', { name: t('actions.next') }));
    expect(heading(t(key.postureQuestion('know'), { ns: 'content' }))).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(t('case.notice.unavailable')),
    );
  });
});

describe('share link', () => {
  it('opens the shared answers on the check page, says so, and leaves the URL', () => {
    setUrl(`/?${SHARE_PARAM}=${encodeShare(content, saved)}`);
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    expect(heading(t('steps.review'))).toBeInTheDocument();
    expect(screen.getByText(t('case.notice.shared'))).toBeInTheDocument();
    expect(window.location.search).toBe('');
    // Opening a colleague's link does not replace one's own saved case.
    expect(stored()).toBeNull();
  });

  it('gives a clear message for a tampered link, never a crash', () => {
    // A separator lost on the way: the code no longer has its five parts.
    setUrl(`/?${SHARE_PARAM}=${encodeShare(content, saved).replace('.', '')}`);
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    expect(heading(t('steps.start'))).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(t('case.shareError.malformed'));
  });
});

describe("a case study's play link (live workshop)", () => {
  const region = () => screen.findByRole('region', { name: t('workshop.send.title') });
  const toResult = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(await screen.findByRole('button', { name: t('review.confirm') }));
    await screen.findByRole('heading', { level: 1, name: /./ });
  };

  it('makes a workshop case: its result offers "send to the trainer", whose label survives a reload', async () => {
    const user = userEvent.setup();
    setUrl(`/#case=${encodeShare(content, saved)}&workshop`);
    const first = renderWithI18n(<App content={content} boot={bootNow(content)} />);
    // The marks leave the address with the code.
    expect(window.location.hash).not.toContain('workshop');
    await toResult(user);
    const panel = await region();
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: t('workshop.send.letter') }),
      'B',
    );
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: t('workshop.send.colour') }),
      'green',
    );
    expect(within(panel).getByRole('img')).toBeInTheDocument();
    first.unmount();
    // A reload on the result: the same case, still the workshop's, the label kept.
    setUrl('/#/result');
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    const again = await region();
    expect(within(again).getByRole('combobox', { name: t('workshop.send.letter') })).toHaveValue(
      'B',
    );
    expect(within(again).getByRole('combobox', { name: t('workshop.send.colour') })).toHaveValue(
      'green',
    );
    // A new case is not the workshop's.
    expect(window.sessionStorage.getItem(WORKSHOP_KEY)).toContain('B-green');
    await user.click(screen.getAllByRole('button', { name: t('result.newCase') })[0]!);
    await user.click(screen.getByRole('button', { name: t('result.newCaseYes') }));
    await waitFor(() => expect(window.sessionStorage.getItem(WORKSHOP_KEY)).toBeNull());
  });

  it('an ordinary share link has no "send to the trainer"', async () => {
    const user = userEvent.setup();
    setUrl(`/#case=${encodeShare(content, saved)}`);
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    await toResult(user);
    await screen.findAllByRole('button', { name: t('result.newCase') });
    expect(
      screen.queryByRole('region', { name: t('workshop.send.title') }),
    ).not.toBeInTheDocument();
  });
});

describe('import and export', () => {
  const upload = async (user: ReturnType<typeof userEvent.setup>, text: string) => {
    const input = screen.getByLabelText(t('case.import'));
    await user.upload(input, new File([text], 'case.json', { type: 'application/json' }));
  };

  it('imports a file from the start page and opens it on the check page', async () => {
    const user = userEvent.setup();
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    await user.click(screen.getByText(t('startMore.openFile')));
    await upload(user, serializeCase(content, saved));
    expect(await screen.findByRole('heading', { level: 1, name: t('steps.review') })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(t('case.notice.imported'));
  });

  it('refuses bad files with a clear message and leaves the current case untouched', async () => {
    const user = userEvent.setup({ applyAccept: false });
    setUrl(`/?${SHARE_PARAM}=${encodeShare(content, saved)}`);
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    const before = screen.getByRole('main').textContent;
    const good = serializeCase(content, saved);
    const bad = fc.sample(
      fc.oneof(
        fc.nat({ max: good.length - 2 }).map((n) => good.slice(0, n)),
        fc.string(),
        fc.constant('{"format":"something-else"}'),
      ),
      { numRuns: 12, seed: 5 },
    );
    for (const text of bad) {
      await upload(user, text);
      await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument());
      expect(heading(t('steps.review'))).toBeInTheDocument();
    }
    expect(screen.getByRole('alert')).toHaveTextContent(/./);
    expect(screen.getByLabelText(t('case.import'))).toHaveAttribute('aria-invalid', 'true');
    // Apart from the message, the page shows the same case.
    expect(screen.getByRole('main').textContent).toContain(
      before.slice(0, before.indexOf(t('case.toolsTitle'))),
    );
  });

  it('builds a share link that never carries free text', async () => {
    const user = userEvent.setup();
    const withText = { ...saved, description: 'texte-libre-secret' };
    setUrl(`/?${SHARE_PARAM}=${encodeShare(content, withText)}`);
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    await user.click(screen.getByRole('button', { name: t('case.share') }));
    const link = screen.getByRole<HTMLInputElement>('textbox', { name: t('case.shareLabel') });
    expect(new URL(link.value).search).toBe('');
    expect(shareCodeIn(link.value)).toBeTruthy();
    expect(link.value).not.toContain('secret');
  });
});

describe('quick exit', () => {
  it('clears storage and the case', async () => {
    const user = userEvent.setup();
    saveCase(window.localStorage, content, saved, 'can');
    window.localStorage.setItem('something-else', '1');
    setUrl('/#/can');
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    // jsdom does not navigate: the neutral page itself is checked in Chromium (wizard.e2e.ts).
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(() => user.click(screen.getByRole('button', { name: t('quickExit.button') })));
    expect(window.localStorage.length).toBe(0);
    expect(heading(t('steps.start'))).toBeInTheDocument();
  });
});

describe('situation filter', () => {
  it('says when no situation matches, and keeps "other" available', async () => {
    const user = userEvent.setup();
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    await user.click(screen.getByRole('button', { name: t('start.begin') }));
    await chooseCountry(user);
    await user.type(screen.getByRole('searchbox', { name: t('situation.filterLabel') }), 'zzqx');
    const other = content.situations.situations.find((s) => s.freeText)!;
    const otherTitle = t(key.situationTitle(other.id), { ns: 'content' });
    expect(screen.getByText(t('situation.filterNone', { other: otherTitle }))).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: new RegExp(otherTitle) })).toBeInTheDocument();
  });
});
