// The country step (ADR 0023): asked first on a device that remembers none, with nothing
// ticked; an error if the worker goes on without choosing; remembered on this device, so the
// next case skips it; and on every later step, the case's country with a way to change it.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCase } from '../../src/domain/case/savedCase.write';
import { key } from '../../src/domain/content/keys';
import type { CaseData, Step } from '../../src/domain/wizard';
import { App } from '../../src/ui/App';
import { COUNTRY_KEY } from '../../src/ui/case/countryPreference';
import { expectNoAxeViolations } from '../support/axe';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';
import { bootNow, interfaceText, renderWithI18n } from '../support/render';

const content = realContent();
const countries = content.jurisdictions.jurisdictions.map((j) => j.id);
const situation = content.situations.situations[0]!.id;

vi.setConfig({ testTimeout: 20_000 });

/** "Changer de pays": the visible "Changer" and, for screen readers, what it changes. */
const changeName = (t: ReturnType<typeof interfaceText>) =>
  new RegExp(`^${t('country.change')}\\s*${t('country.changeWhat')}$`);

const setUrl = (url: string) => window.history.replaceState(null, '', url);
beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  setUrl('/');
});
afterEach(() => setUrl('/'));

for (const lng of ['fr', 'en'] as const) {
  const t = interfaceText(lng);
  const name = (id: string) => t(key.jurisdictionName(id), { ns: 'content' });
  const h1 = (text: string) => screen.findByRole('heading', { level: 1, name: text });
  const begin = async (user: ReturnType<typeof userEvent.setup>) =>
    user.click(screen.getByRole('button', { name: t('start.begin') }));
  const changeButton = () => screen.getByRole('button', { name: changeName(t) });

  describe(`the country step (${lng})`, () => {
    it('comes first on a fresh device, with nothing ticked, and says so when skipped', async () => {
      const user = userEvent.setup();
      const { container } = renderWithI18n(<App content={content} boot={bootNow(content)} />, lng);
      await begin(user);
      await h1(t('steps.country'));
      expect(screen.getByText(t('progress', { current: 1, total: 6 }))).toBeInTheDocument();
      const group = screen.getByRole('group', { name: t('country.legend') });
      for (const id of countries)
        expect(within(group).getByRole('radio', { name: name(id) })).not.toBeChecked();
      // The country line is not on its own step.
      expect(screen.queryByRole('button', { name: changeName(t) })).toBeNull();
      await expectNoAxeViolations(container, `country step (${lng})`);

      await user.click(screen.getByRole('button', { name: t('actions.next') }));
      const summary = screen.getByRole('alert');
      expect(summary).toHaveFocus();
      expect(
        within(summary).getByRole('link', { name: t('errors.chooseJurisdiction') }),
      ).toBeInTheDocument();
      expect(group).toHaveAttribute('aria-invalid', 'true');
      await waitFor(() =>
        expect(document.title).toBe(
          t('errors.titlePrefix', { title: `${t('steps.country')} — ${t('app.name')}` }),
        ),
      );
      await expectNoAxeViolations(container, `country step with its error (${lng})`);
      // Nothing was remembered, and the wizard stayed.
      expect(window.localStorage.getItem(COUNTRY_KEY)).toBeNull();
    });

    it('is remembered on this device; the next case skips it and shows the country with "Change"', async () => {
      const user = userEvent.setup();
      const chosen = countries[countries.length - 1]!;
      const first = renderWithI18n(<App content={content} boot={bootNow(content)} />, lng);
      await begin(user);
      await user.click(await screen.findByRole('radio', { name: name(chosen) }));
      await user.click(screen.getByRole('button', { name: t('actions.next') }));
      await h1(t('steps.situation'));
      expect(screen.getByText(t('progress', { current: 2, total: 6 }))).toBeInTheDocument();
      expect(window.localStorage.getItem(COUNTRY_KEY)).toBe(chosen);
      expect(screen.getByText(name(chosen))).toBeInTheDocument();
      expect(changeButton()).toBeInTheDocument();
      first.unmount();

      // A new visit (a new case): straight from the start to the situation.
      setUrl('/');
      window.sessionStorage.clear();
      const { container } = renderWithI18n(<App content={content} boot={bootNow(content)} />, lng);
      await begin(user);
      await h1(t('steps.situation'));
      expect(screen.getByText(t('progress', { current: 1, total: 5 }))).toBeInTheDocument();
      expect(screen.getByText(name(chosen))).toBeInTheDocument();
      await expectNoAxeViolations(container, `situation step with the country line (${lng})`);

      // "Change": the country step, with the country ticked; choosing another comes back here.
      await user.click(changeButton());
      await h1(t('steps.country'));
      expect(screen.getByRole('radio', { name: name(chosen) })).toBeChecked();
      const other = countries.find((c) => c !== chosen)!;
      await user.click(screen.getByRole('radio', { name: name(other) }));
      await user.click(screen.getByRole('button', { name: t('actions.next') }));
      await h1(t('steps.situation'));
      expect(screen.getByText(name(other))).toBeInTheDocument();
      expect(window.localStorage.getItem(COUNTRY_KEY)).toBe(other);
    });
  });
}

describe('the country step, read from the device', () => {
  const t = interfaceText('fr');

  it('ignores a remembered value that is not one of the content’s countries', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(COUNTRY_KEY, 'XX');
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    await user.click(screen.getByRole('button', { name: t('start.begin') }));
    await screen.findByRole('heading', { level: 1, name: t('steps.country') });
    for (const id of countries)
      expect(
        screen.getByRole('radio', { name: t(key.jurisdictionName(id), { ns: 'content' }) }),
      ).not.toBeChecked();
  });

  it('is reached from the country row of the check page, its chosen country focused, and leads back', async () => {
    const user = userEvent.setup();
    // jsdom has no layout: the focused answer is scrolled to (changeFocus.ts) into nothing.
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const data: CaseData = answeredCase(content, situation, undefined, 'FR');
    saveCase(window.sessionStorage, content, data, 'review');
    setUrl('/#/review');
    renderWithI18n(<App content={content} boot={bootNow(content)} />);
    await screen.findByRole('heading', { level: 1, name: t('steps.review') });
    await user.click(
      screen.getByRole('button', {
        name: new RegExp(
          `^${t('review.change')}\\s*${t('situation.jurisdictionLegend').replace('?', '\\?')}$`,
        ),
      }),
    );
    await screen.findByRole('heading', { level: 1, name: t('steps.country') });
    const france = screen.getByRole('radio', { name: t('content:jurisdiction.FR.name') });
    await waitFor(() => expect(france).toHaveFocus());
    expect(scrolled).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: t('actions.next') }));
    await screen.findByRole('heading', { level: 1, name: t('steps.review') });
  });

  // Every step after the country step shows the case's country and "Change"; here a case in
  // France reopened on each step (a reload), on a device that remembers Belgium.
  const data: CaseData = answeredCase(content, situation, undefined, 'FR');
  const steps: Step[] = ['situation', 'know', 'want', 'can', 'review', 'result'];
  for (const step of steps)
    it(`shows the case's country and "Change" on the step "${step}", which leads to the country step and back`, async () => {
      const user = userEvent.setup();
      window.localStorage.setItem(COUNTRY_KEY, 'BE');
      saveCase(window.sessionStorage, content, data, step);
      setUrl(`/#/${step}`);
      renderWithI18n(<App content={content} boot={bootNow(content)} />);
      const line = await waitFor(() => {
        const p = document.querySelector('.country-line');
        expect(p).not.toBeNull();
        return p as HTMLElement;
      });
      expect(line).toHaveTextContent(t('content:jurisdiction.FR.name'));
      // Above the step's heading, but below the result's: there the outcome comes first on a
      // phone screen (ADR 0024, second pass).
      const h1 = await screen.findByRole('heading', { level: 1 });
      const below = h1.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING;
      expect(Boolean(below)).toBe(step === 'result');
      const change = within(line).getByRole('button', { name: changeName(t) });
      await user.click(change);
      await screen.findByRole('heading', { level: 1, name: t('steps.country') });
      expect(screen.getByRole('radio', { name: t('content:jurisdiction.FR.name') })).toBeChecked();
      await user.click(screen.getByRole('button', { name: t('actions.back') }));
      await waitFor(() => expect(window.location.hash).toBe(`#/${step}`));
      expect(document.querySelector('.country-line')).toHaveTextContent(
        t('content:jurisdiction.FR.name'),
      );
    });
});
