// Reading the address (src/ui/host/routes.ts): every hash gives a step, a registered page, "not
// found" or no route at all, and never throws, whatever a link holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/domain/wizard/steps';
import { routeFromHash } from '../../src/ui/host/routes';
import { NOT_FOUND, PAGE_SCREENS } from '../../src/ui/host/screens';

describe('routes from the address', () => {
  it('gives every step and every registered page, with what follows a page', () => {
    for (const step of STEPS) expect(routeFromHash(`#/${step}`)).toEqual({ kind: 'step', step });
    expect(routeFromHash('')).toEqual({ kind: 'step', step: 'start' });
    expect(routeFromHash('#/')).toEqual({ kind: 'step', step: 'start' });
    for (const page of PAGE_SCREENS) {
      expect(routeFromHash(`#/${page.route}`)).toEqual({ kind: 'page', screen: page, rest: '' });
      expect(routeFromHash(`#/${page.route}/x%20y?a=b`)).toMatchObject({ rest: '/x%20y?a=b' });
    }
  });

  it('says "not found" for names of built-in properties and escapes that do not decode', () => {
    for (const hash of [
      '#/constructor',
      '#/__proto__',
      '#/toString',
      '#/worksheet/%E0%A4%A',
      '#/workshop/case/%E0%A4%A',
      '#/workshop/sheet/%',
      '#/know/more',
      '#/Carnet',
    ])
      expect(routeFromHash(hash), hash).toEqual({ kind: 'not-found', screen: NOT_FOUND, rest: '' });
  });

  it('leaves hashes that are no route alone (the skip link)', () => {
    expect(routeFromHash('#main')).toBeNull();
  });

  it('never throws, and a page route always names a registered page', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'binary' }), (a, b) => {
        for (const hash of [`#/${a}`, `#/${b}`, `#/worksheet/${a}%${b}`]) {
          const route = routeFromHash(hash);
          if (route?.kind === 'page') expect(PAGE_SCREENS).toContain(route.screen);
        }
      }),
    );
  });
});
