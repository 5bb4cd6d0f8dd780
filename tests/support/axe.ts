// axe-core in jsdom: the WCAG rules that do not need layout (jsdom has none, so colour contrast
// and target size are left to the e2e axe runs in Chromium). Slow on a whole page: the tests
// that run it allow 20 s.
import axe from 'axe-core';
import { expect } from 'vitest';
import { WCAG_TAGS } from './wcagTags';

export async function expectNoAxeViolations(container: Element, label: string): Promise<void> {
  const results = await axe.run(container, {
    // Only violations are gathered: nothing reads the list of passing nodes (ADR 0026).
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  });
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
