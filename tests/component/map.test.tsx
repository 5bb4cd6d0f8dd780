// The decision map page: the drawing, the same map as lists and a table, a case placed on it,
// and no axe violation in jsdom.
import { cleanup, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { key } from '../../src/domain/content/keys';
import type { Content } from '../../src/domain/content/types';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate } from '../../src/domain/engine';
import { buildMap } from '../../src/domain/map';
import type { CaseData } from '../../src/domain/wizard/steps';
import { ContentProvider } from '../../src/ui/ContentContext';
import { CurrentCaseProvider } from '../../src/ui/CurrentCaseContext';
import MapPage from '../../src/ui/map/MapPage';
import { mapHref, parseMapRoute } from '../../src/ui/map/mapLink';
import { realContent } from '../support/content';
import { interfaceText, renderWithI18n } from '../support/render';

const t = interfaceText('fr');
const tc = (k: string | string[]) => t(k, { ns: 'content' });
const content = realContent();

function renderMap(rest = '', current: CaseData | null = null, c: Content = content) {
  return renderWithI18n(
    <ContentProvider value={c}>
      <CurrentCaseProvider value={current}>
        <MapPage screen="map" rest={rest} />
      </CurrentCaseProvider>
    </ContentProvider>,
  );
}

async function expectNoAxeViolations(container: HTMLElement) {
  // jsdom lays nothing out: contrast cannot be measured there (the e2e test does it).
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
  ).toEqual([]);
}

// A large page (the drawing and its lists): role queries and axe take seconds in jsdom.
const SLOW = 30_000;

afterEach(cleanup);

describe('the decision map page', () => {
  it(
    'draws the chosen situation and gives the same map as lists and a table',
    async () => {
      const { container } = renderMap('/refuses-digital/FR');
      expect(screen.getByRole('heading', { level: 1, name: t('map.title') })).toBeInTheDocument();
      const title = t('map.drawingTitle', {
        situation: tc(key.situationTitle('refuses-digital')),
        jurisdiction: tc(key.jurisdictionName('FR')),
      });
      const drawing = screen.getByRole('region', { name: t('map.drawing') });
      expect(within(drawing).getByRole('img', { name: title })).toBeInTheDocument();
      expect(screen.getByLabelText(t('map.situation'))).toHaveValue('refuses-digital');
      expect(screen.getByLabelText(t('map.jurisdiction'))).toHaveValue('FR');

      const map = buildMap(content, 'refuses-digital', 'FR');
      const lists = screen.getByRole('region', { name: t('map.lists') });
      for (const p of POSTURES) {
        const section = within(lists).getByRole('region', { name: tc(key.postureQuestion(p)) });
        const questions = map.nodes.filter((n) => n.kind === 'question' && n.posture === p);
        const items = within(section)
          .getAllByRole('listitem')
          .filter((li) => li.querySelector('strong'));
        expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual(
          questions.map(
            (q) => q.kind === 'question' && tc(key.questionLabel(q.question, map.situation)),
          ),
        );
      }
      const table = within(lists).getByRole('table', { name: new RegExp(t('map.table')) });
      expect(within(table).getAllByRole('row')).toHaveLength(content.outcomes.rules.length + 1);
      expect(screen.getByRole('link', { name: t('map.toLists') })).toHaveAttribute(
        'href',
        '#map-lists',
      );
      await expectNoAxeViolations(container);
    },
    SLOW,
  );

  it(
    'places the app’s current case on its map: answers, verdicts, rule and outcome',
    async () => {
      const answers = Object.fromEntries(
        POSTURES.flatMap((p) => content.postures[p].questions).map((q) => [
          q.id,
          [q.options[0]!.id],
        ]),
      );
      const data: CaseData = {
        jurisdiction: 'BE',
        situation: 'email-for-jobseeker',
        description: '',
        answers,
        sheet: { reference: '', notes: '', consent: null },
      };
      const e = evaluate(content, data);
      const { container } = renderMap('?case=current', data);
      const where = screen.getByRole('region', { name: t('map.case.title') });
      const n = content.outcomes.rules.findIndex((r) => r.id === e.outcome!.rule) + 1;
      expect(where).toHaveTextContent(
        t('map.case.summary', { outcome: tc(key.outcomeTitle(e.outcome!.id)), n }),
      );
      // The case's own situation and country were chosen for it.
      expect(screen.getByLabelText(t('map.situation'))).toHaveValue('email-for-jobseeker');
      // Marked by a word, not only a drawing: one per question asked, per answer, verdict and rule.
      const marks = screen.getAllByText(`(${t('map.case.onPath')})`, { exact: false });
      const asked = POSTURES.flatMap((p) => e.path[p]).length;
      expect(marks).toHaveLength(asked * 2 + POSTURES.length + 1);
      const fired = within(screen.getByRole('table')).getByRole('rowheader', {
        name: new RegExp(`^${n}`),
      });
      expect(fired).toHaveTextContent(t('map.case.onPath'));
      expect(container.querySelectorAll('svg [data-on="true"]').length).toBeGreaterThan(asked);
      await expectNoAxeViolations(container);
    },
    SLOW,
  );

  it('says so when there is no case to place, and sends a case of another situation to its map', () => {
    renderMap('?case=current');
    expect(screen.getByText(t('map.case.none'))).toBeInTheDocument();
    cleanup();
    const other: CaseData = {
      jurisdiction: 'FR',
      situation: 'whatsapp',
      description: '',
      answers: {},
      sheet: { reference: '', notes: '', consent: null },
    };
    renderMap('/passwords/BE?case=current', other);
    expect(screen.getByRole('link', { name: t('map.case.back') })).toHaveAttribute(
      'href',
      '#/map/whatsapp/FR?case=current',
    );
    expect(document.querySelector('svg [data-on="true"]')).toBeNull();
  });
});

describe('map addresses', () => {
  it('builds the link the result page gives, and reads it back', () => {
    const href = mapHref({ situation: 'whatsapp', jurisdiction: 'FR' }, { fromCase: true });
    expect(href).toBe('#/map/whatsapp/FR?case=current');
    expect(parseMapRoute(href.slice('#/map'.length))).toEqual({
      situation: 'whatsapp',
      jurisdiction: 'FR',
      fromCase: true,
    });
    expect(mapHref()).toBe('#/map');
    expect(parseMapRoute('/%E0%A4%A')).toEqual({
      situation: null,
      jurisdiction: null,
      fromCase: false,
    });
  });
});
