// What decided the outcome, and what to do first. Both read only the content and an evaluation,
// so the result screen and the printed sheet say the same thing. Definitions: docs/adr/0017.
import type { Content, PostureId } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { signalVerdict, signalWeight } from './evaluate.ts';
import type { AnswerRef, Evaluation, ReasonResult } from './types.ts';

const refKey = (a: AnswerRef) => `${a.question}=${a.option}`;

/** Every answer the evaluation knows of: those that weigh (causes) and those that bring a reason. */
function knownAnswers(evaluation: Evaluation): AnswerRef[] {
  const seen = new Map<string, AnswerRef>();
  for (const p of POSTURES) for (const a of evaluation.postures[p].causes) seen.set(refKey(a), a);
  for (const r of evaluation.reasons) for (const a of r.answers) seen.set(refKey(a), a);
  return [...seen.values()];
}

/**
 * The answers that set the outcome, read from the decision rule that fired:
 * - for each posture the rule reads whose verdict is not clear, the answers that gave it that
 *   verdict (those whose own signal leads to the posture's verdict: its worst answers);
 * - for each flag the rule requires, the answers that raised it;
 * - a rule that reads neither a non-clear posture nor a flag (the table's catch-all) fired
 *   because every earlier rule failed, so the worst answers of every non-clear posture decided.
 * A clear case ("go ahead" by all-clear) has no decisive answer. In the order of the path.
 */
export function decisiveAnswers(content: Content, evaluation: Evaluation): AnswerRef[] {
  const fired = evaluation.outcome;
  const rule = fired && content.outcomes.rules.find((r) => r.id === fired.rule);
  if (!rule) return [];
  const notClear = POSTURES.filter((p) => evaluation.postures[p].verdict !== 'clear');
  const read = notClear.filter((p) => rule.when[p] !== undefined);
  const flags = rule.when.flags ?? [];
  const postures = new Set<PostureId>(read.length > 0 || flags.length > 0 ? read : notClear);

  const optionFlags = new Map<string, string[]>();
  for (const p of POSTURES)
    for (const q of content.postures[p].questions)
      for (const o of q.options) optionFlags.set(`${q.id}=${o.id}`, o.flags);

  const decisive = new Set<string>();
  for (const p of postures) {
    const verdict = evaluation.postures[p].verdict;
    for (const a of evaluation.postures[p].causes)
      if (signalVerdict(a.signal) === verdict) decisive.add(refKey(a));
  }
  const answers = knownAnswers(evaluation);
  for (const a of answers)
    if (optionFlags.get(refKey(a))?.some((f) => flags.includes(f))) decisive.add(refKey(a));

  const order = POSTURES.flatMap((p) => evaluation.path[p]);
  return answers
    .filter((a) => decisive.has(refKey(a)))
    .sort((x, y) => order.indexOf(x.question) - order.indexOf(y.question));
}

/** A reason that set the outcome, with only the decisive answers that brought it. */
export type DecisiveReason = ReasonResult;

const worstWeight = (r: ReasonResult) => Math.max(...r.answers.map((a) => signalWeight(a.signal)));

/** Every reason behind a decisive answer: highest norm first, then blocking before
 *  conditioning, then the order the questions were asked. */
function allDecisiveReasons(content: Content, evaluation: Evaluation): DecisiveReason[] {
  const decisive = new Set(decisiveAnswers(content, evaluation).map(refKey));
  return evaluation.reasons
    .map((r) => ({ ...r, answers: r.answers.filter((a) => decisive.has(refKey(a))) }))
    .filter((r) => r.answers.length > 0)
    .sort((x, y) => x.rank - y.rank || worstWeight(y) - worstWeight(x));
}

/** The 1–3 reasons that set the outcome (none for a clear case); see allDecisiveReasons. */
export function decisiveReasons(content: Content, evaluation: Evaluation): DecisiveReason[] {
  return allDecisiveReasons(content, evaluation).slice(0, 3);
}

export interface PriorityAction {
  /** An advice id (its text is `carnet` advice.<id>). */
  advice: string;
  /** Where it comes from: the outcome's next steps, or the decisive answer of a reason. */
  from: 'outcome' | 'reason';
  /** For an action from a reason, that reason's id. */
  reason?: string;
  /** The carnet resource that helps do it, or null when the content links none. */
  resource: string | null;
}

/**
 * At most three things to do first:
 * 1. the outcome's first next step (what the outcome itself asks for);
 * 2. the advice of the decisive answers, in the order of the decisive reasons;
 * 3. the outcome's other next steps.
 * Each advice once, only those that apply in the case's jurisdiction (the ones the evaluation
 * kept). Its resource is the first of the evaluation's resources linked by the advice itself,
 * else by the decisive answer's option or its reason, else (for a next step) by the outcome.
 */
export function priorityActions(content: Content, evaluation: Evaluation): PriorityAction[] {
  if (!evaluation.outcome) return [];
  const kept = new Set([...evaluation.nextSteps, ...evaluation.advice]);
  const available = new Set(evaluation.resources);
  const adviceById = new Map(content.carnet.advice.map((a) => [a.id, a]));
  const reasonById = new Map(content.reasons.reasons.map((r) => [r.id, r]));
  const outcome = content.outcomes.outcomes.find((o) => o.id === evaluation.outcome!.id);
  const firstAvailable = (ids: readonly string[]) => ids.find((id) => available.has(id)) ?? null;

  const actions: PriorityAction[] = [];
  const push = (
    advice: string,
    fallback: readonly string[],
    from: PriorityAction['from'],
    reason?: string,
  ) => {
    if (!kept.has(advice) || actions.some((a) => a.advice === advice)) return;
    const resource = firstAvailable([...(adviceById.get(advice)?.resources ?? []), ...fallback]);
    actions.push({ advice, from, ...(reason ? { reason } : {}), resource });
  };
  const [first, ...rest] = evaluation.nextSteps;
  if (first) push(first, outcome?.resources ?? [], 'outcome');
  const options = new Map(
    POSTURES.flatMap((p) =>
      content.postures[p].questions.flatMap((q) => q.options.map((o) => [`${q.id}=${o.id}`, o])),
    ),
  );
  for (const r of allDecisiveReasons(content, evaluation))
    for (const a of r.answers) {
      const option = options.get(refKey(a));
      for (const advice of option?.advice ?? [])
        push(
          advice,
          [...(option?.resources ?? []), ...(reasonById.get(r.reason)?.resources ?? [])],
          'reason',
          r.reason,
        );
    }
  for (const id of rest) push(id, outcome?.resources ?? [], 'outcome');
  return actions.slice(0, 3);
}
