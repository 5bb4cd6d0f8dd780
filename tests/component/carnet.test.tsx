// The carnet page in jsdom: filters from and to the URL, the empty result, safe links.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import CarnetPage from '../../src/ui/carnet/CarnetPage';
import { filterCarnet, NO_FILTERS } from '../../src/ui/carnet/filters';
import { ContentProvider } from '../../src/ui/ContentContext';
import { realContent } from '../support/content';
import { renderWithI18n, interfaceText } from '../support/render';

const content = realContent();
const t = interfaceText('fr');
afterEach(cleanup);

function renderCarnet(rest = '') {
  return renderWithI18n(
    <ContentProvider value={content}>
      <CarnetPage screen="carnet" rest={rest} />
    </ContentProvider>,
  );
}

const listIn = (name: string) => () => {
  const section = screen.getByRole('region', { name });
  return within(section)
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
};
const resourceList = listIn(t('carnet.resources'));
const articleList = listIn(t('carnet.articles'));
const resourcesOnly = content.carnet.resources.filter((r) => r.published === undefined);
const titles = (ids: { id: string }[]) => ids.map((r) => t(`carnet:${key.resourceTitle(r.id)}`));

describe('carnet page', () => {
  it('shows every resource, with its publisher, date and a link that sends no referrer', () => {
    renderCarnet();
    expect(resourceList()).toEqual(titles(resourcesOnly));
    const r = resourcesOnly[0]!;
    const item = document.getElementById(`resource-${r.id}`)!;
    expect(item).toHaveTextContent(t(`carnet:${key.resourcePublisher(r.id)}`));
    const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${r.reviewed}T00:00:00Z`),
    );
    expect(within(item).getByText(date)).toHaveAttribute('datetime', r.reviewed);
    const link = within(item).getByRole('link');
    expect(link).toHaveAttribute('href', r.url);
    expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  });

  it('reads its filters from the URL and writes them back when they change', async () => {
    const user = userEvent.setup();
    renderCarnet('?posture=can');
    const posture = screen.getByLabelText(t('carnet.posture'));
    expect(posture).toHaveValue('can');
    expect(resourceList()).toEqual(
      titles(filterCarnet(content.carnet, { ...NO_FILTERS, posture: 'can' }).resources),
    );
    await user.selectOptions(screen.getByLabelText(t('carnet.jurisdiction')), 'FR');
    expect(window.location.hash).toBe('#/carnet?posture=can&jurisdiction=FR');
    expect(resourceList()).toEqual(
      titles(
        filterCarnet(content.carnet, { ...NO_FILTERS, posture: 'can', jurisdiction: 'FR' })
          .resources,
      ),
    );
    await user.click(screen.getByRole('button', { name: t('carnet.clear') }));
    expect(window.location.hash).toBe('#/carnet');
    expect(resourceList()).toEqual(titles(resourcesOnly));
    // Three re-renders of some fifty cards: slow on a loaded two-core machine, not a hang.
  }, 15_000);

  it('says so when no resource matches', async () => {
    const user = userEvent.setup();
    // Some combination of filters matches nothing in the real carnet: find it from the data.
    const combos = POSTURES.flatMap((posture) =>
      content.carnet.resourceKinds.flatMap((kind) =>
        content.jurisdictions.jurisdictions.map((j) => ({ posture, kind, jurisdiction: j.id })),
      ),
    );
    const empty = combos.find((f) => filterCarnet(content.carnet, f).resources.length === 0);
    expect(empty, 'a filter combination with no resource').toBeDefined();
    renderCarnet();
    await user.selectOptions(screen.getByLabelText(t('carnet.posture')), empty!.posture);
    await user.selectOptions(screen.getByLabelText(t('carnet.jurisdiction')), empty!.jurisdiction);
    await user.selectOptions(screen.getByLabelText(t('carnet.kind')), empty!.kind);
    expect(resourceList()).toEqual([]);
    expect(screen.getByText(t('carnet.noResources'))).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      t('carnet.count', {
        count: 0,
        articles: filterCarnet(content.carnet, empty!).articles.length,
        practices: filterCarnet(content.carnet, empty!).practices.length,
      }),
    );
  });

  it('lists articles and reports apart, newest first, each with its publisher and date', () => {
    renderCarnet();
    const articles = content.carnet.resources.filter((r) => r.published !== undefined);
    expect(articles.length).toBeGreaterThanOrEqual(8);
    const shown = filterCarnet(content.carnet, NO_FILTERS).articles;
    expect(articleList()).toEqual(titles(shown));
    const dates = shown.map((r) => r.published!);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const r of shown) {
      const item = document.getElementById(`resource-${r.id}`)!;
      expect(item).toHaveTextContent(t(`carnet:${key.resourcePublisher(r.id)}`));
      expect(item.querySelector(`time[datetime="${r.published}"]`)).not.toBeNull();
    }
  });

  it('filters articles like resources: by country, posture and kind', async () => {
    const user = userEvent.setup();
    renderCarnet('?jurisdiction=BE');
    const be = filterCarnet(content.carnet, { ...NO_FILTERS, jurisdiction: 'BE' }).articles;
    expect(be.length).toBeGreaterThan(0);
    expect(be.every((r) => r.jurisdiction !== 'FR')).toBe(true);
    expect(articleList()).toEqual(titles(be));
    await user.selectOptions(screen.getByLabelText(t('carnet.kind')), 'report');
    const reports = filterCarnet(content.carnet, {
      ...NO_FILTERS,
      jurisdiction: 'BE',
      kind: 'report',
    }).articles;
    expect(reports.every((r) => r.kind === 'report')).toBe(true);
    expect(articleList()).toEqual(titles(reports));
  });

  it('says where a resource applies when it is narrower than its country', () => {
    renderCarnet();
    const caban = content.carnet.resources.find((r) => r.id === 'caban')!;
    expect(caban.area).toBe('brussels');
    const item = document.getElementById('resource-caban')!;
    expect(item).toHaveTextContent(
      t('carnet.whereArea', {
        country: t('carnet.scope.BE'),
        area: t(`carnet:${key.area('brussels')}`),
      }),
    );
  });

  it('links to the glossary', () => {
    renderCarnet();
    expect(screen.getByRole('link', { name: t('carnet.glossary') })).toHaveAttribute(
      'href',
      '#/glossary',
    );
  });

  it('explains, once, the terms of art the cards shown use, in the chosen country', async () => {
    const user = userEvent.setup();
    renderCarnet('?jurisdiction=BE');
    const summary = screen.getByText(new RegExp(`^${t('glossary.explained', { terms: '' })}`));
    // A Belgian carnet speaks of EPNs (CABAN, EPN de Wallonie) and mandates (SPF Finances).
    const g = (id: string) => t(`glossary:term.${id}.name`, { context: 'BE' });
    expect(summary).toHaveTextContent(g('epn'));
    expect(summary).toHaveTextContent(g('mandate'));
    expect(summary).not.toHaveTextContent(g('franceconnect'));
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
  });
});
