// References of the workshop's case studies: a case names a situation, a jurisdiction and
// questions that must exist, and its prompts only make sense for questions its situation asks.
// The schema cannot see across files, so this check does.
import { postureQuestions, validAnswer } from '../../engine/path.ts';
import type { Problem } from '../problem.ts';
import { shownOn } from './situations.ts';
import { POSTURES, type Content, type Question } from '../types.ts';

const FILE = 'workshop.json';

export function checkWorkshop(content: Content): Problem[] {
  const problems: Problem[] = [];
  const situations = new Set(content.situations.situations.map((s) => s.id));
  const jurisdictions = new Set(content.jurisdictions.jurisdictions.map((j) => j.id));
  const allQuestions = new Map<string, Question>(
    POSTURES.flatMap((p) => content.postures[p].questions).map((q) => [q.id, q]),
  );
  const seen = new Set<string>();
  content.workshop.cases.forEach((c, i) => {
    const at = `cases[${i}]`;
    if (seen.has(c.id))
      problems.push({ file: FILE, path: `${at}.id`, message: `duplicate id "${c.id}"` });
    seen.add(c.id);
    if (!situations.has(c.situation))
      problems.push({
        file: FILE,
        path: `${at}.situation`,
        message: `unknown situation "${c.situation}"`,
      });
    if (!jurisdictions.has(c.jurisdiction))
      problems.push({
        file: FILE,
        path: `${at}.jurisdiction`,
        message: `unknown jurisdiction "${c.jurisdiction}"`,
      });
    // The questions this situation can ask (conditions aside: a prompt may wait for its turn).
    // Conditions on the situation count: a prompt on a question the situation never shows is dead.
    const asked = new Set(
      POSTURES.flatMap((p) => postureQuestions(content, p, c.situation))
        .map((q) => q.id)
        .filter((id) => shownOn(content, id).includes(c.situation)),
    );
    const questionRef = (field: 'prompts' | 'suggested', qid: string): Question | undefined => {
      const q = allQuestions.get(qid);
      if (!q)
        problems.push({
          file: FILE,
          path: `${at}.${field}.${qid}`,
          message: `unknown question "${qid}"`,
        });
      else if (!asked.has(qid))
        problems.push({
          file: FILE,
          path: `${at}.${field}.${qid}`,
          message: `question "${qid}" is never asked for situation "${c.situation}"`,
        });
      return q;
    };
    for (const [qid, prompts] of Object.entries(c.prompts)) {
      questionRef('prompts', qid);
      if (new Set(prompts).size !== prompts.length)
        problems.push({ file: FILE, path: `${at}.prompts.${qid}`, message: 'duplicate prompt id' });
    }
    for (const [qid, given] of Object.entries(c.suggested)) {
      const q = questionRef('suggested', qid);
      const options = given.join(', ');
      if (q && !validAnswer(q, given))
        problems.push({
          file: FILE,
          path: `${at}.suggested.${qid}`,
          message: `not a valid answer to "${qid}": ${options}`,
        });
    }
  });
  return problems;
}
