// A condition may only read answers already given: the path is rebuilt in the order the
// diagnostic asks (know → want → can, file order within a posture), so reading a later question
// would silently always be false.
import type { Problem } from '../problem.ts';
import type { Content } from '../types.ts';
import { POSTURES } from '../types.ts';
import { eachLeaf, postureFile, questionPlaces } from './locate.ts';

export function checkConditionOrder(content: Content): Problem[] {
  const problems: Problem[] = [];
  const places = questionPlaces(content);
  let order = 0;
  for (const p of POSTURES)
    content.postures[p].questions.forEach((q, i) => {
      const mine = order++;
      if (!q.condition) return;
      eachLeaf(q.condition, `questions[${i}].condition`, (leaf, path) => {
        if (!('answer' in leaf)) return;
        const read = places.get(leaf.answer);
        if (!read || read.order < mine) return; // unknown ids: references.ts
        problems.push({
          file: postureFile(p),
          path: `${path}.answer`,
          message:
            read.order === mine
              ? `condition reads its own question "${leaf.answer}"`
              : `condition reads question "${leaf.answer}", which is asked later (${read.file}: ${read.path})`,
        });
      });
    });
  return problems;
}
