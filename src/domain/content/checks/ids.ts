// Ids must be unique where they name something: a duplicate would make a reference, a text key
// or a saved answer ambiguous.
import type { Problem } from '../problem.ts';
import type { Content } from '../types.ts';
import { POSTURES } from '../types.ts';
import { postureFile } from './locate.ts';

interface Named {
  id: string;
  file: string;
  path: string;
}

function duplicates(what: string, items: Named[]): Problem[] {
  const first = new Map<string, Named>();
  const problems: Problem[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (!earlier) first.set(item.id, item);
    else {
      const where = earlier.file === item.file ? earlier.path : `${earlier.file}: ${earlier.path}`;
      problems.push({
        file: item.file,
        path: item.path,
        message: `duplicate ${what} id "${item.id}" (first at ${where})`,
      });
    }
  }
  return problems;
}

/** Objects with an id, listed in one array of one file. */
function objects(file: string, array: string, list: readonly { id: string }[]): Named[] {
  return list.map((x, i) => ({ id: x.id, file, path: `${array}[${i}].id` }));
}

/** Plain id lists such as tags or flags. */
function strings(file: string, array: string, list: readonly string[]): Named[] {
  return list.map((id, i) => ({ id, file, path: `${array}[${i}]` }));
}

export function checkUniqueIds(content: Content): Problem[] {
  const { situations, reasons, outcomes, carnet, jurisdictions } = content;
  const questions = POSTURES.flatMap((p) =>
    objects(postureFile(p), 'questions', content.postures[p].questions),
  );
  const options = POSTURES.flatMap((p) =>
    content.postures[p].questions.flatMap((q, i) =>
      duplicates(
        `option (in question "${q.id}")`,
        objects(postureFile(p), `questions[${i}].options`, q.options),
      ),
    ),
  );
  return [
    ...duplicates('situation', objects('situations.json', 'situations', situations.situations)),
    ...duplicates('tag', strings('situations.json', 'tags', situations.tags)),
    ...duplicates('question', questions),
    ...options,
    ...duplicates('source kind', objects('reasons.json', 'sourceKinds', reasons.sourceKinds)),
    ...duplicates('reason', objects('reasons.json', 'reasons', reasons.reasons)),
    ...duplicates('flag', strings('outcomes.json', 'flags', outcomes.flags)),
    ...duplicates('outcome', objects('outcomes.json', 'outcomes', outcomes.outcomes)),
    ...duplicates('rule', objects('outcomes.json', 'rules', outcomes.rules)),
    ...duplicates('resource kind', strings('carnet.json', 'resourceKinds', carnet.resourceKinds)),
    ...duplicates('resource', objects('carnet.json', 'resources', carnet.resources)),
    ...duplicates('advice', objects('carnet.json', 'advice', carnet.advice)),
    ...duplicates('practice', objects('carnet.json', 'practices', carnet.practices)),
    ...duplicates(
      'jurisdiction',
      objects('jurisdictions.json', 'jurisdictions', jurisdictions.jurisdictions),
    ),
  ];
}
