// The carnet's filters and the URL that carries them (`#/carnet?posture=can&jurisdiction=BE`),
// so a link from an answer or the sheet opens the carnet already filtered.
import type { CarnetFile, PostureId } from '../../domain/content/types';
import { POSTURES } from '../../domain/content/types';
import { appliesIn } from '../../domain/engine/evaluate';

export interface CarnetFilters {
  posture: PostureId | null;
  jurisdiction: string | null;
  kind: string | null;
}

export const NO_FILTERS: CarnetFilters = { posture: null, jurisdiction: null, kind: null };

/** Reads filters from the part of the hash after `#/carnet`; unknown values are ignored. */
export function filtersFromRest(
  rest: string,
  known: { jurisdictions: readonly string[]; kinds: readonly string[] },
): CarnetFilters {
  const query = rest.includes('?') ? rest.slice(rest.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const v = params.get(name);
    return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : null;
  };
  return {
    posture: pick('posture', POSTURES),
    jurisdiction: pick('jurisdiction', known.jurisdictions),
    kind: pick('kind', known.kinds),
  };
}

export function hashForFilters(filters: CarnetFilters): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v as string);
  const query = params.toString();
  return query ? `#/carnet?${query}` : '#/carnet';
}

type Scoped = { jurisdiction: string; postures: readonly PostureId[] };

function matches(item: Scoped, filters: CarnetFilters): boolean {
  if (filters.posture && !item.postures.includes(filters.posture)) return false;
  // A Belgian worker also needs what holds everywhere or in the whole EU.
  if (filters.jurisdiction && !appliesIn(item.jurisdiction, filters.jurisdiction)) return false;
  return true;
}

/**
 * What the carnet shows under the filters: resources, articles and reports (a resource with a
 * publication date, newest first: a worker looks for what is current) and field practices.
 */
export function filterCarnet(carnet: CarnetFile, filters: CarnetFilters) {
  const kept = carnet.resources.filter(
    (r) => matches(r, filters) && (!filters.kind || r.kind === filters.kind),
  );
  return {
    resources: kept.filter((r) => r.published === undefined),
    // "2024" sorts before "2024-06": a year-only date counts as the start of its year.
    articles: kept
      .filter((r) => r.published !== undefined)
      .sort((a, b) => (b.published! > a.published! ? 1 : b.published! < a.published! ? -1 : 0)),
    // Practices have no kind: the kind filter narrows resources and articles only.
    practices: carnet.practices.filter((p) => matches(p, filters)),
  };
}
