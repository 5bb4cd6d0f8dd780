// The screen host in jsdom, by named examples (ADR 0014): each state checked by role and name
// and by axe (WCAG 2.2 AA rules that jsdom can evaluate; colour contrast needs a real browser).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { Button } from '../../src/ui/components/Button';
import { READY_ATTRIBUTE } from '../../src/ui/host/readyMarker';
import { realContent } from '../support/content';
import { bootNow, interfaceText, renderWithI18n } from '../support/render';

const t = interfaceText('fr');

async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}

const main = () => document.querySelector('main')!;

afterEach(() => window.history.replaceState(null, '', '/'));

describe('screen host', () => {
  it('example "start": ready, not busy, its heading, the tab titled, focus left at the top', async () => {
    renderWithI18n(<App content={realContent()} boot={bootNow()} />);
    await screen.findByRole('heading', { level: 1, name: t('steps.start') });
    expect(main()).toHaveAttribute(READY_ATTRIBUTE, 'start');
    expect(main()).not.toHaveAttribute('aria-busy');
    expect(document.title).toBe(`${t('steps.start')} — ${t('app.name')}`);
    expect(document.body).toHaveFocus();
    await expectNoAxeViolations(document.body);
  });

  it('example "next step": the new heading takes focus and names the tab', async () => {
    const user = userEvent.setup();
    renderWithI18n(<App content={realContent()} boot={bootNow()} />);
    await user.click(screen.getByRole('button', { name: t('start.begin') }));
    // A fresh device: the country step comes first (ADR 0023).
    const heading = await screen.findByRole('heading', { level: 1, name: t('steps.country') });
    expect(heading).toHaveFocus();
    expect(main()).toHaveAttribute(READY_ATTRIBUTE, 'country');
    expect(document.title).toBe(`${t('steps.country')} — ${t('app.name')}`);
  });

  for (const hash of ['#/constructor', '#/workshop/sheet/%', '#/worksheet/%E0%A4%A'])
    it(`example "not found" (${hash}): said plainly, with the way back, never the recovery page`, async () => {
      window.history.replaceState(null, '', `/${hash}`);
      renderWithI18n(<App content={realContent()} boot={bootNow()} />);
      await screen.findByRole('heading', { level: 1, name: t('notFound.title') });
      expect(screen.getByRole('link', { name: t('notFound.back') })).toHaveAttribute('href', '#/');
      expect(screen.queryByRole('heading', { name: t('recovery.title') })).toBeNull();
      expect(main()).toHaveAttribute(READY_ATTRIBUTE, 'not-found');
      await expectNoAxeViolations(document.body);
    });

  it('example "buttons": primary, secondary and submit, named by their text', async () => {
    const { container } = renderWithI18n(
      <form>
        <Button variant="primary">Continuer</Button>
        <Button>Retour</Button>
        <Button type="submit" variant="primary">
          Envoyer
        </Button>
      </form>,
    );
    expect(screen.getByRole('button', { name: 'Continuer' })).toHaveClass('button--primary');
    expect(screen.getByRole('button', { name: 'Retour' })).toHaveAttribute('type', 'button');
    expect(screen.getByRole('button', { name: 'Envoyer' })).toHaveAttribute('type', 'submit');
    await expectNoAxeViolations(container);
  });
});
