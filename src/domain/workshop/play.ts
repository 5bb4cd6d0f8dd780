// "Play this case": the case a group starts from when it opens a case study's link on its phone.
// Only the situation and the country are set; nothing else, and never free text, goes in a link.
import type { Content, WorkshopCase } from '../content/types.ts';
import { emptyCase, type CaseData } from '../wizard/steps.ts';

export function playCase(content: Content, study: WorkshopCase): CaseData {
  return { ...emptyCase(content), situation: study.situation, jurisdiction: study.jurisdiction };
}
