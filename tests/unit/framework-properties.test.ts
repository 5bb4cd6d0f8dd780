// The hierarchy of norms under a service's framework (ADR 0019): over random frameworks, random
// mappings and random cases, a framework never lifts a legal, GDPR or secrecy block, and never
// overrides an answer the worker gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrameworkMap } from '../../src/domain/content/frameworkMap';
import { evaluate } from '../../src/domain/engine/evaluate';
import type { CaseInput } from '../../src/domain/engine/types';
import { answersAtCaseStart } from '../../src/domain/framework/inCase';
import { frameworkAnswers, higherNorms, prefill } from '../../src/domain/framework/prefill';
import { caseArb } from '../support/arbitraries';
import { realContent } from '../support/content';
import { frameworkArb, frameworkMapArb } from '../support/frameworks';
import mapJson from '../../content/framework.json';
import type { Content, Signal } from '../../src/domain/content/types';

const content = realContent();

/**
 * Today's content has no condition an added answer can switch off, so a framework could only
 * lift a block there through a future condition. This copy has one on every can-question: each
 * leaves the path once "know.equipment" is "professional" — which the shipped mapping settles
 * when the service has devices. The properties must hold there too (the guard in prefill).
 */
function hostileContent(c: Content): Content {
  return {
    ...c,
    postures: {
      ...c.postures,
      can: {
        ...c.postures.can,
        questions: c.postures.can.questions.map((q) => ({
          ...q,
          condition: { not: { answer: 'know.equipment', anyOf: ['professional'] } },
        })),
      },
    },
  };
}
const contents = [content, hostileContent(content)];
const shippedMap = readFrameworkMap(mapJson)!;
const WEIGHT: Record<Signal, number> = { fine: 0, unsure: 1, action: 2, blocking: 3 };

/** The worst signal among the answers whose reason is a higher norm (law, GDPR, secrecy). */
function higherNormWeight(c: Content, input: CaseInput): number {
  const higher = higherNorms(c);
  const source = new Map(c.reasons.reasons.map((r) => [r.id, r.source]));
  const result = evaluate(c, input);
  const onPath = new Set(Object.values(result.path).flat());
  let worst = 0;
  for (const [q, given] of Object.entries(input.answers)) {
    if (!onPath.has(q)) continue;
    const question = (['know', 'want', 'can'] as const)
      .flatMap((p) => c.postures[p].questions)
      .find((x) => x.id === q)!;
    for (const id of given) {
      const o = question.options.find((x) => x.id === id)!;
      if (o.reason && higher.has(source.get(o.reason) ?? ''))
        worst = Math.max(worst, WEIGHT[o.signal]);
    }
  }
  return worst;
}

/** A case the worker has answered in part: any subset of a complete case's answers. */
const partialCase = caseArb(content).chain((input) =>
  fc.subarray(Object.keys(input.answers)).map((kept) => ({
    ...input,
    answers: Object.fromEntries<string[]>(kept.map((q) => [q, input.answers[q]!])),
  })),
);

const maps = fc.oneof(fc.constant(shippedMap), frameworkMapArb(content));

describe('a service framework under the law', () => {
  it('sees law, GDPR and secrecy as the norms above the internal rules', () => {
    expect([...higherNorms(content)].sort()).toEqual(['gdpr', 'law', 'secrecy']);
  });

  it.each(contents.map((c, i) => [i === 0 ? 'today' : 'a hostile', c] as const))(
    'never improves the verdict of the law, GDPR and secrecy reasons (%s content)',
    (_, c) => {
      fc.assert(
        fc.property(frameworkArb(c), maps, partialCase, (framework, map, input) => {
          const before = higherNormWeight(c, input);
          const { answers } = prefill(framework, c, map, input);
          expect(higherNormWeight(c, { ...input, answers })).toBeGreaterThanOrEqual(before);
        }),
        { numRuns: 600 },
      );
    },
    // Evaluating the path for every candidate is the slow part: seconds, more under load.
    30_000,
  );

  it("drops a settled answer that would take a worker's secrecy block off the path", () => {
    const c = hostileContent(content);
    const framework = { ...fc.sample(frameworkArb(c), { numRuns: 1, seed: 1 })[0]!, country: 'BE' };
    framework.equipment = { ...framework.equipment, devices: 'yes' };
    const input: CaseInput = {
      jurisdiction: 'BE',
      situation: 'mailbox',
      answers: { 'can.sharing': ['outside'] },
    };
    const result = prefill(framework, c, shippedMap, input);
    expect(result.settled.map((s) => s.question)).not.toContain('know.equipment');
    // The same framework settles it when no block is at stake.
    const free = prefill(framework, c, shippedMap, { ...input, answers: {} });
    expect(free.settled.map((s) => s.question)).toContain('know.equipment');
  });

  it('keeps every answer the worker gave, and fills only with options of the question', () => {
    fc.assert(
      fc.property(frameworkArb(content), maps, partialCase, (framework, map, input) => {
        const result = prefill(framework, content, map, input);
        for (const [q, given] of Object.entries(input.answers))
          expect(result.answers[q]).toEqual(given);
        for (const s of result.settled) {
          expect(input.answers[s.question]).toBeUndefined();
          expect(result.answers[s.question]).toEqual(s.answer);
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('settles nothing for a case in another country', () => {
    fc.assert(
      fc.property(frameworkArb(content), maps, partialCase, (framework, map, input) => {
        fc.pre(framework.country !== input.jurisdiction);
        expect(prefill(framework, content, map, input).settled).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  // At case start (answersAtCaseStart): the framework's answers for the case's previous
  // situation and country are taken back, the new ones filled in. Neither may touch a higher
  // norm's answer.
  const situations = content.situations.situations.map((x) => x.id);
  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  const nextArb = fc.record({
    situation: fc.constantFrom(...situations),
    jurisdiction: fc.constantFrom(...jurisdictions),
  });
  /** Whether an answer's option has a higher norm's reason (law, GDPR, secrecy). */
  const weighsHigher = (c: Content, q: string, given: string[]) => {
    const higher = higherNorms(c);
    const source = new Map(c.reasons.reasons.map((r) => [r.id, r.source]));
    const question = (['know', 'want', 'can'] as const)
      .flatMap((p) => c.postures[p].questions)
      .find((x) => x.id === q)!;
    return given.some((id) => {
      const reason = question.options.find((o) => o.id === id)?.reason;
      return reason !== undefined && higher.has(source.get(reason) ?? '');
    });
  };
  /** A partial case as the framework left it: the worker's answers over the framework's. */
  const startedCase = (c: Content) =>
    fc.tuple(frameworkArb(c), maps, partialCase).map(([framework, map, input]) => ({
      framework,
      map,
      before: { ...input, answers: prefill(framework, c, map, input).answers },
    }));

  it.each(contents.map((c, i) => [i === 0 ? 'today' : 'a hostile', c] as const))(
    'at case start, never changes a higher norm answer nor improves their verdict (%s content)',
    (_, c) => {
      fc.assert(
        fc.property(startedCase(c), nextArb, ({ framework, map, before }, next) => {
          const answers = answersAtCaseStart(framework, c, map, before, next);
          for (const [q, given] of Object.entries(before.answers))
            if (weighsHigher(c, q, given)) expect(answers[q]).toEqual(given);
          const weight = higherNormWeight(c, { ...next, answers: before.answers });
          expect(higherNormWeight(c, { ...next, answers })).toBeGreaterThanOrEqual(weight);
        }),
        { numRuns: 400 },
      );
    },
    30_000,
  );

  it("at case start, keeps every answer the worker gave that differs from the framework's", () => {
    fc.assert(
      fc.property(
        frameworkArb(content),
        maps,
        partialCase,
        nextArb,
        (framework, map, input, next) => {
          const answers = answersAtCaseStart(framework, content, map, input, next);
          const said = frameworkAnswers(framework, content, map, input);
          for (const [q, given] of Object.entries(input.answers)) {
            const framework = said.find((s) => s.question === q);
            if (!framework || framework.answer.join(',') !== given.join(','))
              expect(answers[q]).toEqual(given);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});
