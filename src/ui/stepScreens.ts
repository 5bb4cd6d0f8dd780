// The wizard's screens after the start page, each loaded on demand (see lazyStep.ts), and which
// screens can follow each step, so App can warm them while the worker reads.
import type { Step } from '../domain/wizard/steps';
import { withNamespaces } from '../i18n/lazyNamespaces';
import { lazyStep } from './lazyStep';

// Every step after the start page speaks the content's words and the interface's words of the
// screens (`screens`, not on the first visit): they come with its chunk.
export const SituationPage = lazyStep(
  withNamespaces(
    () => import('./situation/SituationPage').then((m) => m.SituationPage),
    ['content', 'screens'],
  ),
);
// The questions explain the terms of art they use: the glossary's words come with them.
export const PosturePage = lazyStep(
  withNamespaces(
    () => import('./posture/PosturePage').then((m) => m.PosturePage),
    ['content', 'screens', 'glossary'],
  ),
);
export const ReviewPage = lazyStep(
  withNamespaces(
    () => import('./review/ReviewPage').then((m) => m.ReviewPage),
    ['content', 'screens'],
  ),
);
// The result lists resources and advice: the carnet's words come with it, and the glossary's
// for the terms its reasons and advice use.
export const ResultPage = lazyStep(
  withNamespaces(
    () => import('./result/ResultPage').then((m) => m.ResultPage),
    ['content', 'screens', 'carnet', 'glossary'],
  ),
);

const SCREENS = [SituationPage, PosturePage, ReviewPage, ResultPage];

/** The screens a step may lead to next (or that a reload of that step's URL shows). */
const FOLLOWING: Record<Step, { preload: () => Promise<unknown> }[]> = {
  start: [SituationPage],
  situation: [PosturePage],
  know: [PosturePage, ReviewPage],
  want: [PosturePage, ReviewPage],
  can: [ReviewPage],
  review: [ResultPage, PosturePage],
  result: [ReviewPage],
};

/** Warms the chunks of the screens that can follow `step`; failures surface when rendered. */
export function preloadFollowing(step: Step): void {
  for (const screen of FOLLOWING[step]) screen.preload().catch(() => undefined);
}

/** Loads every step screen: tests render synchronously after this. */
export function preloadAllSteps(): Promise<unknown> {
  return Promise.all(SCREENS.map((s) => s.preload()));
}
