// Every question is asked under some answers, some situation and some jurisdiction. We look for
// a witness instead of enumerating every path: only the questions a condition depends on
// (transitively) matter, and only the options those conditions name, so the search stays small.
import { holds } from '../../engine/condition.ts';
import { validAnswer } from '../../engine/path.ts';
import type { Problem } from '../problem.ts';
import type { Condition, Content } from '../types.ts';
import { eachLeaf, questionPlaces, type QuestionPlace } from './locate.ts';

/** Beyond this many steps for one question we give up and say so, rather than hang the build. */
export const REACHABILITY_BUDGET = 200_000;
/** Several-choice questions: beyond this many named options, try them one at a time. */
const MAX_SUBSET_OPTIONS = 8;

function answerLeaves(condition: Condition | undefined): { answer: string; anyOf: string[] }[] {
  const out: { answer: string; anyOf: string[] }[] = [];
  if (condition) eachLeaf(condition, '', (leaf) => 'answer' in leaf && out.push(leaf));
  return out;
}

/** The answers worth trying for a question, given the options that conditions name. */
function answerDomain(place: QuestionPlace, named: ReadonlySet<string>): string[][] {
  const options = place.question.options.map((o) => o.id);
  const mentioned = options.filter((o) => named.has(o));
  // One option no condition names stands for all of them.
  const other = options.find((o) => !named.has(o));
  const domain: string[][] = mentioned.map((o) => [o]);
  if (place.question.kind === 'multiple' && mentioned.length <= MAX_SUBSET_OPTIONS) {
    for (let mask = 1; mask < 1 << mentioned.length; mask++) {
      const subset = mentioned.filter((_, i) => mask & (1 << i));
      if (subset.length > 1 && validAnswer(place.question, subset)) domain.push(subset);
    }
  }
  if (other !== undefined) domain.push([other]);
  return domain;
}

export function checkReachability(content: Content): Problem[] {
  const problems: Problem[] = [];
  const places = questionPlaces(content);
  const extras = new Set(content.situations.situations.flatMap((s) => s.extraQuestions));
  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  const situations = content.situations.situations.map((s) => ({
    id: s.id,
    extras: new Set(s.extraQuestions),
  }));

  for (const target of places.values()) {
    // The questions the target depends on, transitively, asked before it, in asking order.
    const closure = new Map<string, QuestionPlace>();
    const named = new Map<string, Set<string>>();
    const pending = [target];
    // A condition reading an unknown or later question is reported by references.ts or
    // conditions.ts; the questions depending on it would only repeat that here.
    let broken = false;
    while (pending.length > 0) {
      const q = pending.pop()!;
      for (const leaf of answerLeaves(q.question.condition)) {
        const dep = places.get(leaf.answer);
        if (!dep || dep.order >= q.order) {
          broken = true;
          continue;
        }
        const set = named.get(dep.question.id) ?? new Set<string>();
        leaf.anyOf.forEach((o) => set.add(o));
        named.set(dep.question.id, set);
        if (!closure.has(dep.question.id)) {
          closure.set(dep.question.id, dep);
          pending.push(dep);
        }
      }
    }
    const deps = [...closure.values()].sort((a, b) => a.order - b.order);
    const domains = deps.map((d) => answerDomain(d, named.get(d.question.id) ?? new Set()));

    let steps = 0;
    const search = (situation: string, extrasHere: ReadonlySet<string>, jurisdiction: string) => {
      const answers: Record<string, string[]> = {};
      const asked = (q: QuestionPlace) =>
        (!extras.has(q.question.id) || extrasHere.has(q.question.id)) &&
        (!q.question.condition ||
          holds(q.question.condition, { answers, situation, jurisdiction }));
      const go = (i: number): boolean => {
        if (++steps > REACHABILITY_BUDGET) return false;
        if (i === deps.length) return asked(target);
        const dep = deps[i]!;
        if (!asked(dep)) return go(i + 1);
        for (const answer of domains[i]!) {
          answers[dep.question.id] = answer;
          if (go(i + 1)) return true;
        }
        delete answers[dep.question.id];
        return false;
      };
      return go(0);
    };

    const found = situations.some(
      (s) =>
        // An extra question is only asked in the situations that bring it: skip the others
        // before searching their answers.
        (!extras.has(target.question.id) || s.extras.has(target.question.id)) &&
        jurisdictions.some((j) => search(s.id, s.extras, j)),
    );
    if (found || broken) continue;
    const at = target.question.condition ? `${target.path}.condition` : target.path;
    problems.push({
      file: target.file,
      path: at,
      message:
        steps > REACHABILITY_BUDGET
          ? `could not prove question "${target.question.id}" is ever asked within ${REACHABILITY_BUDGET} steps: simplify the conditions it depends on`
          : `question "${target.question.id}" is never asked: no answers, situation and jurisdiction satisfy its condition`,
    });
  }
  return problems;
}
