// The order the end-to-end files start in: the longest first, across both projects. Two workers
// share the files; started last, a one-minute file ran alone at the end while the other core
// idled. vitest's own order (projects one after the other, then by file size until it has timed
// a run) put the accessibility sweeps and the nginx files last on a clean clone, as in CI.
import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each file took in a run of the whole suite (2-core machine, 2026-12-01, with axe
 * run in the page: support/axeInPage.ts). Only the order matters: a new file counts as a
 * middling one until it is measured and written here.
 */
const SECONDS: Record<string, number> = {
  'sheet.e2e.ts': 35,
  'a11y-pages.e2e.ts': 30,
  'wizard.e2e.ts': 25,
  'case-safety.e2e.ts': 19,
  'a11y.e2e.ts': 17,
  'print.e2e.ts': 17,
  'live-workshop.e2e.ts': 15,
  'privacy.e2e.ts': 15,
  'faults.e2e.ts': 15,
  'a11y-results.e2e.ts': 13,
  'offline.e2e.ts': 10,
  'i18n.e2e.ts': 8,
  'map.e2e.ts': 7,
  'journey.e2e.ts': 7,
  'framework.e2e.ts': 6,
  'workshop.e2e.ts': 5,
  'walk.e2e.ts': 4,
  'prerender.e2e.ts': 4,
  'start-page.e2e.ts': 4,
  'carnet.e2e.ts': 3,
  'security.e2e.ts': 2,
};
const UNKNOWN = 10;

const seconds = (spec: TestSpecification) => SECONDS[basename(spec.moduleId)] ?? UNKNOWN;

export default class LongestFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve([...files].sort((a, b) => seconds(b) - seconds(a)));
  }
}
