// Workshop sub-routes and the heading every view focuses on arrival.

export type WorkshopRoute =
  { view: 'index' } | { view: 'case' | 'sheet'; id: string } | { view: 'compare' };

/** `rest` is what follows `#/workshop` in the hash. */
export function routeFromRest(rest: string): WorkshopRoute {
  const parts = rest.split('?')[0]!.split('/').filter(Boolean);
  if ((parts[0] === 'case' || parts[0] === 'sheet') && parts[1])
    return { view: parts[0], id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'compare') return { view: 'compare' };
  return { view: 'index' };
}

export const caseHref = (view: 'case' | 'sheet', id: string) =>
  `#/workshop/${view}/${encodeURIComponent(id)}`;

/** The view's main heading: every view is an arrival of its own (host/arrival.tsx). */
export { useScreenHeading as useViewHeading } from '../host/arrival';
