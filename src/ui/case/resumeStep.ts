// Which step a case opens on when it is resumed, imported or shared.
import type { Content } from '../../domain/content/types';
import { evaluate } from '../../domain/engine/evaluate';
import { reachableStep, type CaseData, type Step } from '../../domain/wizard/steps';

/** The step asked for if the case can show it, otherwise the furthest one it can. */
export function reachable(content: Content, data: CaseData, step: Step): Step {
  return reachableStep(data, evaluate(content, data), step);
}

/** Where a resumed, imported or shared case opens: the check page once all is answered. */
export function resumeStep(content: Content, data: CaseData, saved: Step = 'review'): Step {
  return reachable(content, data, saved === 'start' ? 'review' : saved);
}
