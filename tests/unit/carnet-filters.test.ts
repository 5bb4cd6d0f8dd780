// The carnet's filters: what the URL says, what each filter keeps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSTURES } from '../../src/domain/content/types';
import {
  filterCarnet,
  filtersFromRest,
  hashForFilters,
  NO_FILTERS,
} from '../../src/ui/carnet/filters';
import { realContent } from '../support/content';

const content = realContent();
const known = {
  jurisdictions: content.jurisdictions.jurisdictions.map((j) => j.id),
  kinds: content.carnet.resourceKinds,
};
const filtersArb = fc.record({
  posture: fc.constantFrom(null, ...POSTURES),
  jurisdiction: fc.constantFrom(null, ...known.jurisdictions),
  kind: fc.constantFrom(null, ...known.kinds),
});

describe('carnet filters', () => {
  it('round-trip through the URL', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const rest = hashForFilters(filters).slice('#/carnet'.length);
        expect(filtersFromRest(rest, known)).toEqual(filters);
      }),
    );
  });

  it('ignore values the content does not know', () => {
    expect(filtersFromRest('?posture=maybe&jurisdiction=XX&kind=zzz', known)).toEqual(NO_FILTERS);
    expect(hashForFilters(NO_FILTERS)).toBe('#/carnet');
  });

  it('keep exactly what matches every filter set, and each filter narrows', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const { resources, articles, practices } = filterCarnet(content.carnet, f);
        const applies = (scope: string) =>
          !f.jurisdiction || scope === 'all' || scope === 'EU' || scope === f.jurisdiction;
        const kept = content.carnet.resources.filter(
          (r) =>
            (!f.posture || r.postures.includes(f.posture)) &&
            applies(r.jurisdiction) &&
            (!f.kind || r.kind === f.kind),
        );
        expect(resources).toEqual(kept.filter((r) => r.published === undefined));
        // Articles: the same filters, newest first.
        const dated = kept.filter((r) => r.published !== undefined);
        expect(new Set(articles)).toEqual(new Set(dated));
        expect(articles).toHaveLength(dated.length);
        articles
          .slice(1)
          .forEach((a, i) => expect(a.published! <= articles[i]!.published!).toBe(true));
        expect(practices).toEqual(
          content.carnet.practices.filter(
            (p) => (!f.posture || p.postures.includes(f.posture)) && applies(p.jurisdiction),
          ),
        );
      }),
    );
  });

  it('keep, for Belgium, what holds everywhere but nothing only French', () => {
    const { resources, articles } = filterCarnet(content.carnet, {
      ...NO_FILTERS,
      jurisdiction: 'BE',
    });
    expect([...resources, ...articles].some((r) => r.jurisdiction === 'FR')).toBe(false);
    const everywhere = content.carnet.resources.filter((r) => r.jurisdiction !== 'FR');
    expect(resources).toEqual(everywhere.filter((r) => r.published === undefined));
    expect(articles).toHaveLength(everywhere.length - resources.length);
  });
});
