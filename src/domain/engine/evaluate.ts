// answers → a verdict per posture → one outcome from the decision table, with its reasons.
import type { Content, DecisionRule, PostureId, Signal, Verdict } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { walkPath, type PathStep } from './path.ts';
import type { AnswerRef, CaseInput, Evaluation, PostureResult, ReasonResult } from './types.ts';

const SIGNAL_WEIGHT: Record<Signal, number> = { fine: 0, unsure: 1, action: 2, blocking: 3 };
/** "I don't know" asks for a check before acting: it can never leave a posture clear. */
const SIGNAL_VERDICT: Record<Signal, Verdict> = {
  fine: 'clear',
  unsure: 'conditions',
  action: 'conditions',
  blocking: 'blocked',
};

export function signalWeight(signal: Signal): number {
  return SIGNAL_WEIGHT[signal];
}

/** The verdict one answer alone gives its posture (workshop mode reveals it per option). */
export function signalVerdict(signal: Signal): Verdict {
  return SIGNAL_VERDICT[signal];
}

/** Whether a jurisdiction scope on a reason, advice or resource applies to the case. */
export function appliesIn(scope: string | readonly string[], jurisdiction: string): boolean {
  const scopes = typeof scope === 'string' ? [scope] : scope;
  return scopes.some((s) => s === 'all' || s === 'EU' || s === jurisdiction);
}

function answerRefs(step: PathStep): AnswerRef[] {
  return (step.answer ?? []).map((optionId) => {
    const option = step.question.options.find((o) => o.id === optionId)!;
    return {
      posture: step.posture,
      question: step.question.id,
      option: option.id,
      signal: option.signal,
    };
  });
}

function postureResult(steps: PathStep[]): PostureResult {
  const refs = steps.flatMap(answerRefs);
  const worst = refs.reduce<Signal>(
    (w, r) => (SIGNAL_WEIGHT[r.signal] > SIGNAL_WEIGHT[w] ? r.signal : w),
    'fine',
  );
  return {
    verdict: SIGNAL_VERDICT[worst],
    causes: refs.filter((r) => r.signal !== 'fine'),
    unsure: refs.filter((r) => r.signal === 'unsure').length,
    answered: steps.filter((s) => s.answer).length,
    asked: steps.length,
  };
}

export function ruleMatches(
  rule: DecisionRule,
  verdicts: Record<PostureId, Verdict>,
  flags: ReadonlySet<string>,
): boolean {
  const { when } = rule;
  for (const p of POSTURES) {
    const allowed = when[p];
    if (allowed && !allowed.includes(verdicts[p])) return false;
  }
  if (when.flags && !when.flags.every((f) => flags.has(f))) return false;
  if (when.notFlags && when.notFlags.some((f) => flags.has(f))) return false;
  return true;
}

/** The first rule of the decision table that matches, or undefined if the table has a hole. */
export function decide(
  content: Content,
  verdicts: Record<PostureId, Verdict>,
  flags: ReadonlySet<string>,
): DecisionRule | undefined {
  return content.outcomes.rules.find((r) => ruleMatches(r, verdicts, flags));
}

/** The flags a situation raises whatever the answers ("service-level", "form-dead-end"). */
export function situationFlags(content: Content, situation: string | null): readonly string[] {
  return content.situations.situations.find((s) => s.id === situation)?.flags ?? [];
}

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

export function evaluate(content: Content, input: CaseInput): Evaluation {
  const steps = walkPath(content, input);
  const j = input.jurisdiction;
  const path = {} as Record<PostureId, string[]>;
  const postures = {} as Record<PostureId, PostureResult>;
  for (const p of POSTURES) {
    const mine = steps.filter((s) => s.posture === p);
    path[p] = mine.map((s) => s.question.id);
    postures[p] = postureResult(mine);
  }
  const missing = steps.filter((s) => !s.answer).map((s) => s.question.id);
  const selected = steps.flatMap((s) =>
    (s.answer ?? []).map((id) => ({
      step: s,
      option: s.question.options.find((o) => o.id === id)!,
    })),
  );
  const flags = unique([
    ...situationFlags(content, input.situation),
    ...selected.flatMap((x) => x.option.flags),
  ]);

  const complete = missing.length === 0 && input.situation !== null;
  let outcome: Evaluation['outcome'] = null;
  if (complete) {
    const verdicts = {
      know: postures.know.verdict,
      want: postures.want.verdict,
      can: postures.can.verdict,
    };
    const rule = decide(content, verdicts, new Set(flags));
    const found = rule && content.outcomes.outcomes.find((o) => o.id === rule.outcome);
    if (rule && found) outcome = { id: found.id, rule: rule.id, caution: found.caution };
  }

  const rankOf = new Map(content.reasons.sourceKinds.map((s) => [s.id, s.rank]));
  const reasonById = new Map(content.reasons.reasons.map((r) => [r.id, r]));
  const reasons = new Map<string, ReasonResult>();
  for (const { step, option } of selected) {
    const reason = option.reason ? reasonById.get(option.reason) : undefined;
    if (!reason || !appliesIn(reason.jurisdiction, j)) continue;
    const ref = answerRefs({ ...step, answer: [option.id] })[0]!;
    const existing = reasons.get(reason.id);
    if (existing) existing.answers.push(ref);
    else
      reasons.set(reason.id, {
        reason: reason.id,
        source: reason.source,
        rank: rankOf.get(reason.source) ?? Number.MAX_SAFE_INTEGER,
        answers: [ref],
      });
  }
  // What weighs first (a reason brought by an answer that is not fine), then the reasons that
  // explain why fine answers are fine; within each, the hierarchy of norms, then the order the
  // questions were asked (sort is stable).
  const weighs = (r: ReasonResult) => (r.answers.some((a) => a.signal !== 'fine') ? 0 : 1);
  const orderedReasons = [...reasons.values()].sort(
    (a, b) => weighs(a) - weighs(b) || a.rank - b.rank,
  );

  const adviceById = new Map(content.carnet.advice.map((a) => [a.id, a]));
  const resourceById = new Map(content.carnet.resources.map((r) => [r.id, r]));
  const keepAdvice = (ids: string[]) =>
    unique(ids).filter((id) => {
      const a = adviceById.get(id);
      return a !== undefined && appliesIn(a.jurisdiction, j);
    });
  const outcomeDef = outcome && content.outcomes.outcomes.find((o) => o.id === outcome.id);
  const nextSteps = keepAdvice(outcomeDef?.nextSteps ?? []);
  const advice = keepAdvice(selected.flatMap((x) => x.option.advice)).filter(
    (id) => !nextSteps.includes(id),
  );
  const resources = unique([
    ...selected.flatMap((x) => x.option.resources),
    ...orderedReasons.flatMap((r) => reasonById.get(r.reason)?.resources ?? []),
    ...[...nextSteps, ...advice].flatMap((id) => adviceById.get(id)?.resources ?? []),
    ...(outcomeDef?.resources ?? []),
  ]).filter((id) => {
    const r = resourceById.get(id);
    return r !== undefined && appliesIn(r.jurisdiction, j);
  });

  return {
    path,
    missing,
    complete,
    postures,
    flags,
    outcome,
    reasons: orderedReasons,
    advice,
    nextSteps,
    resources,
  };
}
