// Cases built by walking the engine, so tests follow the content as it changes rather than
// hard-coding question ids.
import type { Content } from '../../src/domain/content/types';
import { walkPath } from '../../src/domain/engine';
import { emptyCase, type CaseData } from '../../src/domain/wizard';

/** Picks an option of each question on the path (`pick` chooses which), until none is open. */
export function answeredCase(
  content: Content,
  situation: string,
  pick: (options: string[], questionId: string) => string = (options) => options[0]!,
  jurisdiction?: CaseData['jurisdiction'],
): CaseData {
  const data: CaseData = { ...emptyCase(content, jurisdiction), situation, answers: {} };
  for (;;) {
    const open = walkPath(content, data).find((s) => s.answer === undefined);
    if (!open) return data;
    const options = open.question.options.map((o) => o.id);
    data.answers = { ...data.answers, [open.question.id]: [pick(options, open.question.id)] };
  }
}

/**
 * Every question on the path of "email for a jobseeker" in Belgium when the worker teaches the
 * person, each answered so that nothing stands in the way: the engine examples change one or two
 * answers of it and read what the outcome becomes.
 */
export const EMAIL_ALL_FINE: Readonly<Record<string, string[]>> = {
  'know.skills': ['yes'],
  'know.time': ['yes'],
  'know.equipment': ['professional'],
  'know.better-placed': ['no'],
  'know.person-learn': ['yes'],
  'know.recovery': ['yes'],
  'want.person-agrees': ['yes'],
  'want.contact': ['agreed'],
  'want.mission': ['yes'],
  'want.ethics': ['fits'],
  'want.team-position': ['agreed'],
  'want.who-benefits': ['person'],
  'want.mode': ['train'],
  'can.keep-password': ['no'],
  'can.personal-data': ['minimal'],
  'can.sharing': ['no'],
  'can.internal-rules': ['yes'],
};
