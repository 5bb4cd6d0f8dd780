// The real content, loaded and validated as content:check does, for unit and component tests.
import { checkContent } from '../../src/domain/content/check';
import { formatProblem } from '../../src/domain/content/problem';
import { NAMESPACES } from '../../src/i18n/namespaces';
import type { Content } from '../../src/domain/content/types';

let cached: ReturnType<typeof checkContent> | undefined;

export function realContent(): Content {
  cached ??= checkContent('content', { namespaces: NAMESPACES });
  if (!cached.content || cached.problems.length > 0)
    throw new Error(cached.problems.map(formatProblem).join('\n'));
  return cached.content;
}

export function realLocales() {
  realContent();
  return cached!.locales;
}

let fixture: ReturnType<typeof checkContent> | undefined;

/** The small valid content of tests/fixtures/content/base (a several-choice question, a
 *  condition on the jurisdiction, the situation and an answer; three lever questions). */
export function fixtureContent(): Content {
  fixture ??= checkContent('tests/fixtures/content/base', {
    today: '2026-06-01',
    namespaces: NAMESPACES,
  });
  if (!fixture.content || fixture.problems.length > 0)
    throw new Error(fixture.problems.map(formatProblem).join('\n'));
  return fixture.content;
}
