// A case's answers settled in advance by the service's framework (ADR 0019), with where each
// came from, so the screens can say "from your service's framework (adopted on …)" and the
// sheet can show the answers the worker changed.
//
// The hierarchy of norms holds: the framework speaks at the level of the internal rules. It
// fills only questions the worker has not answered (the worker's answer always wins), and an
// answer it would settle is dropped when it would take off the path an answer of the worker's
// that a higher norm (law, GDPR, secrecy) weighs on: a service's rule never lifts such a block.
import type { Content } from '../content/types.ts';
import type { FrameworkMap } from '../content/frameworkMap.ts';
import { walkPath } from '../engine/path.ts';
import type { Answers, CaseInput } from '../engine/types.ts';
import { fieldValue, type Framework, type FrameworkField } from './model.ts';

/** The source kind of the internal rules; reasons ranked before it are the higher norms. */
export const INTERNAL_RULE_SOURCE = 'internal-rule';

export interface SettledAnswer {
  question: string;
  answer: string[];
  /** The framework's field and value that settle it ("rule" = "not-allowed"). */
  field: FrameworkField;
  value: string;
  /** The internal rule's own reference ("règlement de travail, art. 12"), for a rule. */
  reference: string | null;
}

export interface Prefill {
  service: string;
  adoptedOn: string;
  /** The answers the framework filled in, in the order of the questions. */
  settled: SettledAnswer[];
  /** The case's answers with those filled in (the worker's own answers untouched). */
  answers: Answers;
}

/** An answer the worker gave that differs from what the framework settles. */
export interface ChangedAnswer {
  question: string;
  framework: string[];
  worker: string[];
}

/** What the framework says for this case, whatever the worker answered. */
export function frameworkAnswers(
  framework: Framework,
  content: Content,
  map: FrameworkMap,
  input: CaseInput,
): SettledAnswer[] {
  // A service's rules are written beneath its own country's law.
  if (framework.country !== input.jurisdiction) return [];
  const order = new Map(
    (['know', 'want', 'can'] as const)
      .flatMap((p) => content.postures[p].questions)
      .map((q, i) => [q.id, { q, i }] as const),
  );
  const out = new Map<string, SettledAnswer>();
  for (const settle of map.settles) {
    if (settle.jurisdiction && !settle.jurisdiction.includes(input.jurisdiction)) continue;
    if (fieldValue(framework, settle.field, input.situation) !== settle.value) continue;
    const target = order.get(settle.question);
    // A mapping that no longer matches the content settles nothing (content:check reports it).
    if (!target || target.q.kind === 'multiple') continue;
    if (!target.q.options.some((o) => o.id === settle.option)) continue;
    if (out.has(settle.question)) continue;
    const rule =
      settle.field === 'rule'
        ? framework.rules.find((r) => r.situation === input.situation)
        : undefined;
    out.set(settle.question, {
      question: settle.question,
      answer: [settle.option],
      field: settle.field,
      value: settle.value,
      reference: rule?.reference ? rule.reference : null,
    });
  }
  return [...out.values()].sort((a, b) => order.get(a.question)!.i - order.get(b.question)!.i);
}

/**
 * The reason sources a framework can never lift: the legal kinds (law, GDPR, secrecy, marked
 * `legal` in reasons.json) and any kind ranked before the internal rules. Both readings are
 * taken, the careful choice should one of them be missed when the content changes.
 */
export function higherNorms(content: Content): Set<string> {
  const kinds = content.reasons.sourceKinds;
  const internal = kinds.find((k) => k.id === INTERNAL_RULE_SOURCE);
  // Without an internal-rule level every source counts as higher.
  return new Set(
    kinds.filter((k) => k.legal || !internal || k.rank < internal.rank).map((k) => k.id),
  );
}

/** "question=option" of every answer on the path whose reason is a higher norm's. */
export function higherNormAnswers(content: Content, input: CaseInput): Set<string> {
  const higher = higherNorms(content);
  const source = new Map(content.reasons.reasons.map((r) => [r.id, r.source]));
  const out = new Set<string>();
  for (const step of walkPath(content, input))
    for (const id of step.answer ?? []) {
      const option = step.question.options.find((o) => o.id === id);
      if (option?.reason && higher.has(source.get(option.reason) ?? ''))
        out.add(`${step.question.id}=${id}`);
    }
  return out;
}

export function prefill(
  framework: Framework,
  content: Content,
  map: FrameworkMap,
  input: CaseInput,
): Prefill {
  const kept = higherNormAnswers(content, input);
  const answers: Answers = Object.fromEntries(
    Object.entries(input.answers).map(([q, a]) => [q, [...a]]),
  );
  const settled: SettledAnswer[] = [];
  for (const s of frameworkAnswers(framework, content, map, input)) {
    if (input.answers[s.question] !== undefined) continue;
    const tried = { ...answers, [s.question]: [...s.answer] };
    const after = higherNormAnswers(content, { ...input, answers: tried });
    if (![...kept].every((a) => after.has(a))) continue;
    answers[s.question] = [...s.answer];
    settled.push(s);
  }
  return { service: framework.service, adoptedOn: framework.adoptedOn, settled, answers };
}

/** The framework's answers the worker changed, for the sheet. */
export function changedAnswers(settled: SettledAnswer[], answers: Answers): ChangedAnswer[] {
  return settled.flatMap((s) => {
    const worker = answers[s.question];
    if (!worker || worker.join(',') === s.answer.join(',')) return [];
    return [{ question: s.question, framework: [...s.answer], worker: [...worker] }];
  });
}
