// Every id used as a reference names something that exists: otherwise a screen would show a
// missing text, or the engine would silently drop an advice, a resource or a rule.
import type { Problem } from '../problem.ts';
import type { Condition, Content } from '../types.ts';
import { POSTURES } from '../types.ts';
import { eachLeaf, postureFile, questionPlaces } from './locate.ts';

type Ids = ReadonlySet<string>;

export function checkReferences(content: Content): Problem[] {
  const problems: Problem[] = [];
  const ids = (list: readonly { id: string }[]): Ids => new Set(list.map((x) => x.id));
  const { situations, reasons, outcomes, carnet, jurisdictions, manifest } = content;
  const known = {
    situation: ids(situations.situations),
    tag: new Set(situations.tags),
    question: new Set(questionPlaces(content).keys()),
    reason: ids(reasons.reasons),
    'source kind': ids(reasons.sourceKinds),
    flag: new Set(outcomes.flags),
    outcome: ids(outcomes.outcomes),
    resource: ids(carnet.resources),
    'resource kind': new Set(carnet.resourceKinds),
    advice: ids(carnet.advice),
    jurisdiction: ids(jurisdictions.jurisdictions),
    'jurisdiction scope': new Set([...jurisdictions.jurisdictions.map((j) => j.id), 'EU', 'all']),
  } satisfies Record<string, Ids>;
  const places = questionPlaces(content);

  /** Reports `id` at `file: path` unless it is a known `what`. */
  const ref = (what: keyof typeof known, id: string, file: string, path: string) => {
    if (!known[what].has(id)) problems.push({ file, path, message: `unknown ${what} "${id}"` });
  };
  const refs = (what: keyof typeof known, list: readonly string[], file: string, path: string) =>
    list.forEach((id, i) => ref(what, id, file, `${path}[${i}]`));

  const condition = (c: Condition, file: string, path: string) =>
    eachLeaf(c, path, (leaf, at) => {
      if ('answer' in leaf) {
        const target = places.get(leaf.answer);
        if (!target) {
          ref('question', leaf.answer, file, `${at}.answer`);
          return;
        }
        const options = new Set(target.question.options.map((o) => o.id));
        leaf.anyOf.forEach((o, i) => {
          if (!options.has(o))
            problems.push({
              file,
              path: `${at}.anyOf[${i}]`,
              message: `unknown option "${o}" of question "${leaf.answer}"`,
            });
        });
      } else if ('situation' in leaf) refs('situation', leaf.situation, file, `${at}.situation`);
      else if ('jurisdiction' in leaf)
        refs('jurisdiction', leaf.jurisdiction, file, `${at}.jurisdiction`);
    });

  for (const p of POSTURES) {
    const file = postureFile(p);
    content.postures[p].questions.forEach((q, qi) => {
      const at = `questions[${qi}]`;
      if (q.condition) condition(q.condition, file, `${at}.condition`);
      if (q.situations !== 'all') refs('situation', q.situations, file, `${at}.situations`);
      q.options.forEach((o, oi) => {
        const opt = `${at}.options[${oi}]`;
        if (o.reason) ref('reason', o.reason, file, `${opt}.reason`);
        refs('advice', o.advice, file, `${opt}.advice`);
        refs('resource', o.resources, file, `${opt}.resources`);
        refs('flag', o.flags, file, `${opt}.flags`);
      });
    });
  }
  situations.situations.forEach((s, i) => {
    refs('tag', s.tags, 'situations.json', `situations[${i}].tags`);
    refs('question', s.extraQuestions, 'situations.json', `situations[${i}].extraQuestions`);
    refs('flag', s.flags, 'situations.json', `situations[${i}].flags`);
  });
  reasons.reasons.forEach((r, i) => {
    ref('source kind', r.source, 'reasons.json', `reasons[${i}].source`);
    refs('resource', r.resources, 'reasons.json', `reasons[${i}].resources`);
  });
  outcomes.outcomes.forEach((o, i) => {
    refs('advice', o.nextSteps, 'outcomes.json', `outcomes[${i}].nextSteps`);
    refs('resource', o.resources, 'outcomes.json', `outcomes[${i}].resources`);
  });
  outcomes.rules.forEach((r, i) => {
    ref('outcome', r.outcome, 'outcomes.json', `rules[${i}].outcome`);
    refs('flag', r.when.flags ?? [], 'outcomes.json', `rules[${i}].when.flags`);
    refs('flag', r.when.notFlags ?? [], 'outcomes.json', `rules[${i}].when.notFlags`);
  });
  carnet.resources.forEach((r, i) =>
    ref('resource kind', r.kind, 'carnet.json', `resources[${i}].kind`),
  );
  carnet.advice.forEach((a, i) =>
    refs('resource', a.resources, 'carnet.json', `advice[${i}].resources`),
  );
  ref('jurisdiction', jurisdictions.default, 'jurisdictions.json', 'default');
  // The countries are the content's: every scope names one of them (or the EU, or all).
  reasons.reasons.forEach((r, i) =>
    refs('jurisdiction scope', r.jurisdiction, 'reasons.json', `reasons[${i}].jurisdiction`),
  );
  for (const list of ['resources', 'advice', 'practices'] as const)
    carnet[list].forEach((x, i) =>
      ref('jurisdiction scope', x.jurisdiction, 'carnet.json', `${list}[${i}].jurisdiction`),
    );
  content.workshop.cases.forEach((c, i) =>
    ref('jurisdiction', c.jurisdiction, 'workshop.json', `cases[${i}].jurisdiction`),
  );
  if (!manifest.languages.includes(manifest.reference))
    problems.push({
      file: 'content.json',
      path: 'reference',
      message: `reference language "${manifest.reference}" is not in languages`,
    });
  return problems;
}
