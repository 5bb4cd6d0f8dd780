// The engine's promises, checked on the real content and on a content set 20× larger.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/domain/content/types';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate, signalWeight, walkPath } from '../../src/domain/engine';
import { allQuestions, answerArb, caseArb } from '../support/arbitraries';
import { realContent } from '../support/content';
import { scaleContent } from '../support/scaled-content';

const real = realContent();
// Property runs walk many cases; on a loaded 2-core machine they need more than 5 s.
const SLOW = 30_000;
const sets: [string, Content, number][] = [
  ['real content', real, 400],
  ['20× content', scaleContent(real, 20), 60],
];

describe.each(sets)('engine on the %s', (_, content, numRuns) => {
  const questions = new Map(allQuestions(content).map((q) => [q.id, q]));
  const leastCautious = Math.min(...content.outcomes.outcomes.map((o) => o.caution));

  it(
    'is total: every complete answer set gives exactly one outcome',
    () => {
      fc.assert(
        fc.property(caseArb(content), (input) => {
          const e = evaluate(content, input);
          expect(e.complete).toBe(true);
          expect(e.outcome).not.toBeNull();
          expect(content.outcomes.outcomes.filter((o) => o.id === e.outcome?.id)).toHaveLength(1);
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'is deterministic',
    () => {
      fc.assert(
        fc.property(caseArb(content), (input) => {
          expect(evaluate(content, structuredClone(input))).toEqual(evaluate(content, input));
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'traces every reason to an answer given on the path',
    () => {
      fc.assert(
        fc.property(caseArb(content), (input) => {
          const e = evaluate(content, input);
          const onPath = new Set(POSTURES.flatMap((p) => e.path[p]));
          for (const r of e.reasons) {
            expect(r.answers.length).toBeGreaterThan(0);
            for (const a of r.answers) {
              expect(onPath.has(a.question)).toBe(true);
              expect(input.answers[a.question]).toContain(a.option);
              const option = questions.get(a.question)?.options.find((o) => o.id === a.option);
              expect(option?.reason).toBe(r.reason);
            }
          }
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'ignores answers to questions off the path',
    () => {
      const offPathChange = caseArb(content).chain((input) => {
        const onPath = new Set(walkPath(content, input).map((s) => s.question.id));
        const off = [...questions.values()].filter((q) => !onPath.has(q.id));
        if (off.length === 0) return fc.constant({ input, changed: input });
        return fc
          .record(
            Object.fromEntries(off.map((q) => [q.id, fc.option(answerArb(q), { nil: undefined })])),
          )
          .map((replacement) => {
            const answers = { ...input.answers };
            for (const [id, a] of Object.entries(replacement)) {
              if (a === undefined) delete answers[id];
              else answers[id] = a;
            }
            return { input, changed: { ...input, answers } };
          });
      });
      fc.assert(
        fc.property(offPathChange, ({ input, changed }) => {
          expect(evaluate(content, changed)).toEqual(evaluate(content, input));
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'is monotone: making one answer worse never gives a more permissive outcome',
    () => {
      const worsened = caseArb(content).chain((input) => {
        const candidates = walkPath(content, input).flatMap((step) => {
          if (step.question.kind === 'multiple' || !step.answer) return [];
          const current = step.question.options.find((o) => o.id === step.answer![0])!;
          return step.question.options
            .filter((o) => signalWeight(o.signal) > signalWeight(current.signal))
            .map((o) => ({ question: step.question.id, option: o.id }));
        });
        if (candidates.length === 0) return fc.constant({ input, changed: input });
        return fc.constantFrom(...candidates).map(({ question, option }) => ({
          input,
          changed: { ...input, answers: { ...input.answers, [question]: [option] } },
        }));
      });
      fc.assert(
        fc.property(worsened, ({ input, changed }) => {
          const before = evaluate(content, input).outcome!;
          const after = evaluate(content, changed).outcome!;
          expect(after.caution).toBeGreaterThanOrEqual(before.caution);
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'never says "go ahead" when a legal answer blocks',
    () => {
      fc.assert(
        fc.property(caseArb(content), (input) => {
          const e = evaluate(content, input);
          if (e.postures.can.causes.some((c) => c.signal === 'blocking')) {
            expect(e.postures.can.verdict).toBe('blocked');
            expect(e.outcome!.caution).toBeGreaterThan(leastCautious);
          }
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'lists advice and resources once each, in a stable order, for the case jurisdiction',
    () => {
      const byId = new Map(content.carnet.resources.map((r) => [r.id, r]));
      fc.assert(
        fc.property(caseArb(content), (input) => {
          const e = evaluate(content, input);
          expect(new Set(e.resources).size).toBe(e.resources.length);
          expect(new Set([...e.advice, ...e.nextSteps]).size).toBe(
            e.advice.length + e.nextSteps.length,
          );
          for (const id of e.resources)
            expect(['all', 'EU', input.jurisdiction]).toContain(byId.get(id)?.jurisdiction);
        }),
        { numRuns },
      );
    },
    SLOW,
  );
});
