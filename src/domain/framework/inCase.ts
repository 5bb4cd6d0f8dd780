// The service's framework in a case (ADR 0019, "In a case"): the answers a case takes when it
// gets its situation and country, and, later, which of its answers the framework gave and which
// the worker changed. Nothing is stored beside the case: the marks are computed by comparing
// the case with the framework in effect, so the case files, share links and saved cases keep
// their formats.
import type { Content } from '../content/types.ts';
import type { FrameworkMap } from '../content/frameworkMap.ts';
import type { Answers, CaseInput } from '../engine/types.ts';
import type { Framework } from './model.ts';
import {
  changedAnswers,
  frameworkAnswers,
  higherNormAnswers,
  higherNorms,
  prefill,
  type ChangedAnswer,
  type SettledAnswer,
} from './prefill.ts';

const same = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.join(',') === b.join(',');

const copy = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).map(([q, a]) => [q, [...a]]));

/**
 * The case's answers once it has its situation and country (`next`): the answers the framework
 * gave under the case's previous situation and country are taken back (they were the
 * framework's, not the worker's), then the framework fills the questions it settles for the
 * new ones that the worker has not answered — never above the internal rules (`prefill`).
 * Taking back never touches an answer whose reason is a higher norm's, and never takes a higher
 * norm's answer off the path: if it would, nothing is taken back. Without a framework the
 * answers are left as they are.
 */
export function answersAtCaseStart(
  framework: Framework | null,
  content: Content,
  map: FrameworkMap,
  before: CaseInput,
  next: Pick<CaseInput, 'jurisdiction' | 'situation'>,
): Answers {
  if (!framework || next.situation === null) return copy(before.answers);
  const higher = higherNorms(content);
  const source = new Map(content.reasons.reasons.map((r) => [r.id, r.source]));
  const options = new Map(
    (['know', 'want', 'can'] as const)
      .flatMap((p) => content.postures[p].questions)
      .map((q) => [q.id, q.options] as const),
  );
  const weighsHigher = (question: string, given: readonly string[]) =>
    given.some((id) => {
      const reason = options.get(question)?.find((o) => o.id === id)?.reason;
      return reason !== undefined && higher.has(source.get(reason) ?? '');
    });
  const answers = copy(before.answers);
  if (before.situation !== null)
    for (const s of frameworkAnswers(framework, content, map, before)) {
      const given = answers[s.question];
      if (same(given, s.answer) && !weighsHigher(s.question, given!)) delete answers[s.question];
    }
  const result = prefill(framework, content, map, { ...next, answers }).answers;
  const kept = higherNormAnswers(content, { ...next, answers: before.answers });
  const after = higherNormAnswers(content, { ...next, answers: result });
  if ([...kept].every((a) => after.has(a))) return result;
  return prefill(framework, content, map, { ...next, answers: copy(before.answers) }).answers;
}

export interface FrameworkInCase {
  /** The case's answers the framework gives (the worker's answer may since differ). */
  settled: SettledAnswer[];
  /** Those the worker changed: the sheet shows them. */
  changed: ChangedAnswer[];
}

/**
 * Which answers of the case the framework gives, and which of them the worker changed: what
 * `prefill` would have settled had the worker answered none of the framework's questions,
 * among the questions the case answers. The same guard holds: a settled answer that would take
 * a higher norm's answer off the path is not the framework's.
 */
export function frameworkInCase(
  framework: Framework,
  content: Content,
  map: FrameworkMap,
  input: CaseInput,
): FrameworkInCase {
  if (input.situation === null) return { settled: [], changed: [] };
  const own = new Set(frameworkAnswers(framework, content, map, input).map((s) => s.question));
  const others: Answers = Object.fromEntries(
    Object.entries(input.answers).filter(([q]) => !own.has(q)),
  );
  const settled = prefill(framework, content, map, { ...input, answers: others }).settled.filter(
    (s) => input.answers[s.question] !== undefined,
  );
  return { settled, changed: changedAnswers(settled, input.answers) };
}
