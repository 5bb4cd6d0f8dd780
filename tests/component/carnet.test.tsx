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

const resourceList = () => {
  const section = screen.getByRole('region', { name: t('carnet.resources') });
  return within(section)
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
};
const titles = (ids: { id: string }[]) => ids.map((r) => t(`carnet:${key.resourceTitle(r.id)}`));

describe('carnet page', () => {
  it('shows every resource, with its publisher, date and a link that sends no referrer', () => {
    renderCarnet();
    expect(resourceList()).toEqual(titles(content.carnet.resources));
    const r = content.carnet.resources[0]!;
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
    expect(resourceList()).toEqual(titles(content.carnet.resources));
  });

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
        practices: filterCarnet(content.carnet, empty!).practices.length,
      }),
    );
  });
});
