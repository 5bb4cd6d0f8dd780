// A content set N times larger than the real one, for benchmarks and property tests: every
// question and situation copied N times under suffixed ids, conditions rewritten to match, so
// paths are N times longer and the decision table is the real one.
import type { Condition, Content, PostureId, Question } from '../../src/domain/content/types';
import { POSTURES } from '../../src/domain/content/types';

function renameCondition(c: Condition, suffix: string): Condition {
  if ('answer' in c) return { answer: c.answer + suffix, anyOf: c.anyOf };
  if ('all' in c) return { all: c.all.map((x) => renameCondition(x, suffix)) };
  if ('any' in c) return { any: c.any.map((x) => renameCondition(x, suffix)) };
  if ('not' in c) return { not: renameCondition(c.not, suffix) };
  if ('situation' in c) return { situation: c.situation.map((s) => s + suffix) };
  return c;
}

export function scaleContent(content: Content, factor: number): Content {
  const copies = Array.from({ length: factor }, (_, i) => (i === 0 ? '' : `-x${i}`));
  const postures = {} as Record<PostureId, Content['postures'][PostureId]>;
  for (const p of POSTURES) {
    postures[p] = {
      ...content.postures[p],
      questions: copies.flatMap((suffix) =>
        content.postures[p].questions.map((q): Question => ({
          ...q,
          id: q.id + suffix,
          ...(q.condition ? { condition: renameCondition(q.condition, suffix) } : {}),
        })),
      ),
    };
  }
  const situations = copies.flatMap((suffix) =>
    content.situations.situations.map((s) => ({
      ...s,
      id: s.id + suffix,
      extraQuestions: s.extraQuestions.map((q) => q + suffix),
    })),
  );
  return { ...content, postures, situations: { ...content.situations, situations } };
}
