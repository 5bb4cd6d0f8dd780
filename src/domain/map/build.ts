// The decision map: the whole logic of one situation in one country, as nodes and edges drawn
// from the content and never by hand (ADR 0018). Questions per posture in the order the wizard
// asks them, each option with its signal, the conditional questions attached to the answers
// that open them, the three verdicts per posture, the flags, the decision table and outcomes.
import type {
  Condition,
  Content,
  JurisdictionId,
  PostureId,
  Signal,
  Verdict,
} from '../content/types.ts';
import { POSTURES, VERDICTS } from '../content/types.ts';
import { signalVerdict } from '../engine/evaluate.ts';
import { postureQuestions } from '../engine/path.ts';

export interface QuestionNode {
  kind: 'question';
  id: string;
  posture: PostureId;
  question: string;
  /** Several answers allowed ("multiple"), or one. */
  several: boolean;
  /** 1, 2, 3… in the order the wizard asks, across postures, as on the paper worksheet. */
  number: number;
  /** What is left of the question's condition once the situation and the country are known:
   *  a condition over earlier answers only. Absent when the question is always asked here. */
  opensWhen?: Condition;
}

export interface OptionNode {
  kind: 'option';
  id: string;
  posture: PostureId;
  question: string;
  option: string;
  signal: Signal;
  /** The verdict this answer alone gives its posture (the worst one on the path wins). */
  verdict: Verdict;
  flags: string[];
  exclusive: boolean;
}

export interface VerdictNode {
  kind: 'verdict';
  id: string;
  posture: PostureId;
  verdict: Verdict;
}

export interface FlagNode {
  kind: 'flag';
  id: string;
  flag: string;
}

export interface RuleNode {
  kind: 'rule';
  id: string;
  rule: string;
  /** 1, 2, 3…: rules are tried in this order, the first that matches decides. */
  number: number;
}

export interface OutcomeNode {
  kind: 'outcome';
  id: string;
  outcome: string;
}

export type MapNode = QuestionNode | OptionNode | VerdictNode | FlagNode | RuleNode | OutcomeNode;

/**
 * offers: a question → each of its options; opens: an answer → a conditional question it opens;
 * weighs: an answer → the verdict it gives its posture; raises: an answer → a flag it raises;
 * reads: a verdict or a flag → a rule that tests it (negated: "no answer raised this flag");
 * decides: a rule → its outcome.
 */
export type EdgeKind = 'offers' | 'opens' | 'weighs' | 'raises' | 'reads' | 'decides';

export interface MapEdge {
  id: string;
  kind: EdgeKind;
  from: string;
  to: string;
  negated?: boolean;
}

export interface DecisionMap {
  situation: string;
  jurisdiction: JurisdictionId;
  nodes: MapNode[];
  edges: MapEdge[];
}

export const nodeId = {
  question: (q: string) => `q:${q}`,
  option: (q: string, o: string) => `o:${q}:${o}`,
  verdict: (p: PostureId, v: Verdict) => `v:${p}:${v}`,
  flag: (f: string) => `f:${f}`,
  rule: (r: string) => `r:${r}`,
  outcome: (o: string) => `x:${o}`,
} as const;

export const edgeId = (from: string, to: string) => `${from}->${to}`;

interface Known {
  situation: string;
  jurisdiction: string;
  /** Questions already on the map before this one: only their answers can count. */
  earlier: ReadonlySet<string>;
}

/**
 * A condition with what is known before any answer filled in: true or false, or the condition
 * over earlier answers that is left. An answer to a question that is not on the map before this
 * one is never on the path (walkPath counts only earlier answers), so it reads as false.
 */
export function residual(condition: Condition, known: Known): boolean | Condition {
  if ('answer' in condition) return known.earlier.has(condition.answer) ? condition : false;
  if ('situation' in condition) return condition.situation.includes(known.situation);
  if ('jurisdiction' in condition) return condition.jurisdiction.includes(known.jurisdiction);
  if ('not' in condition) {
    const inner = residual(condition.not, known);
    return typeof inner === 'boolean' ? !inner : { not: inner };
  }
  const isAll = 'all' in condition;
  const parts = (isAll ? condition.all : condition.any).map((c) => residual(c, known));
  // all: one false decides, trues drop out; any: one true decides, falses drop out.
  if (parts.includes(!isAll)) return !isAll;
  const left = parts.filter((p): p is Condition => typeof p !== 'boolean');
  if (left.length === 0) return isAll;
  if (left.length === 1) return left[0]!;
  return isAll ? { all: left } : { any: left };
}

/** The answers that open a question: every option an atom of its condition names, or for a
 *  negated atom, every other option of that question. Sorted as the options are. */
export function openingAnswers(
  condition: Condition,
  optionsOf: (question: string) => readonly string[],
  negated = false,
): { question: string; option: string }[] {
  if ('answer' in condition) {
    const all = optionsOf(condition.answer);
    return all
      .filter((o) => condition.anyOf.includes(o) !== negated)
      .map((option) => ({ question: condition.answer, option }));
  }
  if ('not' in condition) return openingAnswers(condition.not, optionsOf, !negated);
  if ('all' in condition)
    return condition.all.flatMap((c) => openingAnswers(c, optionsOf, negated));
  if ('any' in condition)
    return condition.any.flatMap((c) => openingAnswers(c, optionsOf, negated));
  return [];
}

export function buildMap(
  content: Content,
  situation: string,
  jurisdiction: JurisdictionId,
): DecisionMap {
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const seen = new Set<string>();
  const edge = (kind: EdgeKind, from: string, to: string, negated?: boolean) => {
    const id = edgeId(from, to);
    // One edge per pair: an atom named twice in a condition still opens the question once.
    if (seen.has(id)) return;
    seen.add(id);
    edges.push(negated ? { id, kind, from, to, negated } : { id, kind, from, to });
  };
  const earlier = new Set<string>();
  const optionsOf = new Map<string, string[]>();
  let number = 0;
  for (const posture of POSTURES) {
    for (const question of postureQuestions(content, posture, situation)) {
      const rest = question.condition
        ? residual(question.condition, { situation, jurisdiction, earlier })
        : true;
      if (rest === false) continue;
      const qid = nodeId.question(question.id);
      const node: QuestionNode = {
        kind: 'question',
        id: qid,
        posture,
        question: question.id,
        several: question.kind === 'multiple',
        number: ++number,
      };
      if (rest !== true) node.opensWhen = rest;
      nodes.push(node);
      for (const o of question.options) {
        const oid = nodeId.option(question.id, o.id);
        nodes.push({
          kind: 'option',
          id: oid,
          posture,
          question: question.id,
          option: o.id,
          signal: o.signal,
          verdict: signalVerdict(o.signal),
          flags: o.flags,
          exclusive: o.exclusive,
        });
        edge('offers', qid, oid);
        edge('weighs', oid, nodeId.verdict(posture, signalVerdict(o.signal)));
        for (const f of o.flags) edge('raises', oid, nodeId.flag(f));
      }
      if (rest !== true)
        for (const a of openingAnswers(rest, (q) => optionsOf.get(q) ?? []))
          edge('opens', nodeId.option(a.question, a.option), qid);
      earlier.add(question.id);
      optionsOf.set(
        question.id,
        question.options.map((o) => o.id),
      );
    }
  }
  for (const posture of POSTURES)
    for (const verdict of VERDICTS)
      nodes.push({ kind: 'verdict', id: nodeId.verdict(posture, verdict), posture, verdict });
  const flags = [
    ...new Set([
      ...content.outcomes.flags,
      ...content.outcomes.rules.flatMap((r) => [
        ...(r.when.flags ?? []),
        ...(r.when.notFlags ?? []),
      ]),
      ...nodes.flatMap((n) => (n.kind === 'option' ? n.flags : [])),
    ]),
  ];
  for (const flag of flags) nodes.push({ kind: 'flag', id: nodeId.flag(flag), flag });
  content.outcomes.rules.forEach((rule, i) => {
    const rid = nodeId.rule(rule.id);
    nodes.push({ kind: 'rule', id: rid, rule: rule.id, number: i + 1 });
    for (const posture of POSTURES)
      for (const verdict of rule.when[posture] ?? [])
        edge('reads', nodeId.verdict(posture, verdict), rid);
    for (const f of rule.when.flags ?? []) edge('reads', nodeId.flag(f), rid);
    for (const f of rule.when.notFlags ?? []) edge('reads', nodeId.flag(f), rid, true);
    edge('decides', rid, nodeId.outcome(rule.outcome));
  });
  for (const o of content.outcomes.outcomes)
    nodes.push({ kind: 'outcome', id: nodeId.outcome(o.id), outcome: o.id });
  return { situation, jurisdiction, nodes, edges };
}
