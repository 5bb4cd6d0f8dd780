// "Where does my case sit?": the case's path on the map. What the worker saw comes from the
// engine's evaluation (the questions asked, the verdicts, the rule that fired); walkMap walks the
// map on its own, so tests can prove the map holds the same logic as the engine.
import { holds } from '../engine/condition.ts';
import type { ChangeSuggestion } from '../engine/change.ts';
import type { Answers, CaseInput, Evaluation } from '../engine/types.ts';
import type { PostureId, Verdict } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { edgeId, nodeId, type DecisionMap, type QuestionNode } from './build.ts';

export interface MapHighlight {
  /** The questions asked, in order, as question ids. */
  path: string[];
  /** Node ids and edge ids on the case's path. */
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Each posture's verdict once all its questions are answered. */
  verdicts: Partial<Record<PostureId, Verdict>>;
  flags: string[];
  /** The decision rule that fired and its outcome, once the case is complete. */
  rule: string | null;
  outcome: string | null;
  /** The nearest less cautious outcome ("what would change the outcome"), when there is one:
   *  the answers to give instead, and the rule and outcome they would lead to. */
  better: { outcome: string; rule: string; answers: { question: string; option: string }[] } | null;
  /** Node ids of that nearer outcome: the answers to give, the rule, the outcome. */
  betterNodes: ReadonlySet<string>;
}

/** The nearest of the engine's suggestions: fewest changes first, then its own order (best
 *  outcome first). */
export function nearestBetter<T extends { edits: readonly unknown[] }>(
  suggestions: readonly T[],
): T | null {
  return [...suggestions].sort((a, b) => a.edits.length - b.edits.length)[0] ?? null;
}

/** The questions of the map a case is asked, in order, read from the map alone. */
export function walkMap(map: DecisionMap, answers: Answers): string[] {
  const onPath: Answers = {};
  const path: string[] = [];
  // Option id → whether it must be chosen alone, per question.
  const optionsOf = new Map<string, Map<string, boolean>>();
  for (const n of map.nodes)
    if (n.kind === 'option')
      optionsOf.set(
        n.question,
        (optionsOf.get(n.question) ?? new Map<string, boolean>()).set(n.option, n.exclusive),
      );
  // The same rule as the engine's validAnswer, read from the map's nodes.
  const valid = (q: QuestionNode, given: string[] | undefined): given is string[] => {
    const options = optionsOf.get(q.question)!;
    if (!given || given.length === 0 || new Set(given).size !== given.length) return false;
    if (!given.every((o) => options.has(o))) return false;
    if (!q.several) return given.length === 1;
    return given.length === 1 || !given.some((o) => options.get(o));
  };
  const scope = { answers: onPath, situation: map.situation, jurisdiction: map.jurisdiction };
  for (const n of map.nodes) {
    if (n.kind !== 'question') continue;
    if (n.opensWhen && !holds(n.opensWhen, scope)) continue;
    path.push(n.question);
    const given = answers[n.question];
    if (valid(n, given)) onPath[n.question] = given;
  }
  return path;
}

export function highlight(
  map: DecisionMap,
  input: Pick<CaseInput, 'answers'>,
  evaluation: Evaluation,
  /** The nearest suggestion of whatWouldChange, if any (nearestBetter). */
  suggestion?: ChangeSuggestion | null,
): MapHighlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const onMap = new Set(map.nodes.map((n) => n.id));
  const path = POSTURES.flatMap((p) => evaluation.path[p]);
  const missing = new Set(evaluation.missing);
  const chosen = new Set<string>();
  for (const q of path) {
    const qid = nodeId.question(q);
    if (!onMap.has(qid)) continue;
    nodes.add(qid);
    if (missing.has(q)) continue;
    for (const o of input.answers[q] ?? []) {
      const oid = nodeId.option(q, o);
      chosen.add(oid);
      nodes.add(oid);
      edges.add(edgeId(qid, oid));
    }
  }
  const verdicts: Partial<Record<PostureId, Verdict>> = {};
  for (const p of POSTURES) {
    if (evaluation.path[p].some((q) => missing.has(q))) continue;
    verdicts[p] = evaluation.postures[p].verdict;
    nodes.add(nodeId.verdict(p, evaluation.postures[p].verdict));
  }
  for (const f of evaluation.flags) nodes.add(nodeId.flag(f));
  const rule = evaluation.outcome?.rule ?? null;
  const outcome = evaluation.outcome?.id ?? null;
  if (rule) nodes.add(nodeId.rule(rule));
  if (outcome) nodes.add(nodeId.outcome(outcome));
  for (const e of map.edges) {
    const lit = (() => {
      switch (e.kind) {
        case 'offers':
          return false; // added above, with the answers
        case 'opens':
          return chosen.has(e.from) && nodes.has(e.to);
        case 'weighs':
        case 'raises':
          return chosen.has(e.from) && nodes.has(e.to);
        case 'reads':
          return !e.negated && nodes.has(e.from) && rule !== null && e.to === nodeId.rule(rule);
        case 'decides':
          return rule !== null && e.from === nodeId.rule(rule);
      }
    })();
    if (lit) edges.add(e.id);
  }
  const better = suggestion
    ? {
        outcome: suggestion.outcome,
        rule: suggestion.rule,
        answers: suggestion.edits.flatMap((e) =>
          e.to.map((option) => ({ question: e.question, option })),
        ),
      }
    : null;
  const betterNodes = new Set(
    better
      ? [
          ...better.answers.map((a) => nodeId.option(a.question, a.option)),
          nodeId.rule(better.rule),
          nodeId.outcome(better.outcome),
        ].filter((id) => onMap.has(id))
      : [],
  );
  return {
    path,
    nodes,
    edges,
    verdicts,
    flags: evaluation.flags,
    rule,
    outcome,
    better,
    betterNodes,
  };
}

/** The question nodes of a map, in order. */
export function questionNodes(map: DecisionMap): QuestionNode[] {
  return map.nodes.filter((n): n is QuestionNode => n.kind === 'question');
}
