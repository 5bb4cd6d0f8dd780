// "What would change the outcome": its promises as properties, on the base fixture, the real
// content and a content set 20× larger, with random sets of questions marked as levers, and
// checked against a brute force that re-evaluates every change with evaluate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Content, Question } from '../../src/domain/content/types';
import {
  applyEdits,
  evaluate,
  validAnswer,
  walkPath,
  whatWouldChange,
  type AnswerEdit,
  type CaseInput,
  type ChangeSuggestion,
} from '../../src/domain/engine';
import { allQuestions, caseArb } from '../support/arbitraries';
import { fixtureContent, realContent } from '../support/content';
import { PLAUSIBLE_LEVERS, withLevers } from '../support/levers';
import { scaleContent } from '../support/scaled-content';
import { EMAIL_ALL_FINE } from '../support/cases';

const real = realContent();
const fixture = fixtureContent();
const sets: [string, Content, number][] = [
  ['base fixture', fixture, 200],
  ['real content', real, 100],
  ['20× content', scaleContent(real, 20), 12],
];
// Property runs walk many cases; on a loaded 2-core machine they need more than 5 s.
const SLOW = 30_000;

/** A complete case where about `weighing` answers on a path are not "fine", so that one or two
 *  changes can reach a better outcome even on a content set with long paths. */
function nearlyClearCaseArb(content: Content, weighing: number): fc.Arbitrary<CaseInput> {
  const questions = allQuestions(content);
  const odds = Math.max(1, Math.round(questions.length / 3 / weighing));
  return caseArb(content).chain((input) =>
    fc
      .record(
        Object.fromEntries(
          questions.map((q) => {
            const fine = q.options.find((o) => o.signal === 'fine');
            const given = fc.constant(input.answers[q.id]!);
            return [
              q.id,
              fine
                ? fc.oneof({ arbitrary: fc.constant<string[]>([fine.id]), weight: odds }, given)
                : given,
            ];
          }),
        ),
      )
      .map((answers) => ({ ...input, answers })),
  );
}

/** A case and a random choice of lever questions (the content's own marks are replaced). */
function leveredCaseArb(content: Content) {
  const ids = allQuestions(content).map((q) => q.id);
  const input = fc.oneof(
    caseArb(content),
    nearlyClearCaseArb(content, 2),
    nearlyClearCaseArb(content, 4),
  );
  return fc.record({ levers: fc.subarray(ids), input }).map(({ levers, input }) => {
    const set = new Set(levers);
    return { content: withLevers(content, (id) => set.has(id)), input };
  });
}

const editKey = (e: AnswerEdit) => `${e.question}=${[...e.to].sort().join('+')}`;
const suggestionKey = (s: ChangeSuggestion) =>
  `${s.edits.map(editKey).sort().join(' & ')} → ${s.outcome}/${s.rule}/${s.caution}`;

/** Each edit of `small` is in `big`. */
const within = (small: ChangeSuggestion, big: ChangeSuggestion) =>
  small.edits.every((e) => big.edits.some((f) => editKey(f) === editKey(e)));

describe.each(sets)('what would change the outcome, on the %s', (_, content, numRuns) => {
  const questions = new Map(allQuestions(content).map((q) => [q.id, q]));

  it(
    'announces the outcome that applying the suggestion gives, and it is less cautious',
    () => {
      fc.assert(
        fc.property(leveredCaseArb(content), ({ content: c, input }) => {
          const now = evaluate(c, input).outcome!;
          for (const s of whatWouldChange(c, input)) {
            const after = evaluate(c, applyEdits(input, s.edits)).outcome;
            expect(after).toEqual({ id: s.outcome, rule: s.rule, caution: s.caution });
            expect(s.caution).toBeLessThan(now.caution);
          }
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    "changes only lever answers given on the path, each to another valid answer, never to 'I don't know'",
    () => {
      fc.assert(
        fc.property(leveredCaseArb(content), ({ content: c, input }) => {
          const path = new Map(walkPath(c, input).map((s) => [s.question.id, s]));
          const levers = new Map(allQuestions(c).map((q) => [q.id, q.nature]));
          for (const s of whatWouldChange(c, input)) {
            expect(s.edits.length === 1 || s.edits.length === 2).toBe(true);
            expect(new Set(s.edits.map((e) => e.question)).size).toBe(s.edits.length);
            for (const e of s.edits) {
              expect(levers.get(e.question)).toBe('lever');
              const step = path.get(e.question);
              expect(step).toBeDefined();
              expect(e.posture).toBe(step!.posture);
              expect(e.from).toEqual(input.answers[e.question]);
              expect(validAnswer(questions.get(e.question)!, e.to)).toBe(true);
              expect([...e.to].sort()).not.toEqual([...e.from].sort());
              const options = questions.get(e.question)!.options;
              for (const id of e.to)
                expect(options.find((o) => o.id === id)!.signal).not.toBe('unsure');
            }
          }
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'is minimal, ordered best outcome first then fewest changes, and never repeats itself',
    () => {
      fc.assert(
        fc.property(leveredCaseArb(content), ({ content: c, input }) => {
          const found = whatWouldChange(c, input);
          expect(new Set(found.map(suggestionKey)).size).toBe(found.length);
          for (const big of found)
            for (const small of found)
              if (small !== big && within(small, big))
                expect(small.caution).toBeGreaterThan(big.caution);
          for (let i = 1; i < found.length; i++) {
            const [a, b] = [found[i - 1]!, found[i]!];
            expect(a.caution < b.caution || a.edits.length <= b.edits.length).toBe(true);
            expect(a.caution).toBeLessThanOrEqual(b.caution);
          }
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'suggests nothing when no question is a lever',
    () => {
      fc.assert(
        fc.property(caseArb(content), (input) => {
          expect(
            whatWouldChange(
              withLevers(content, () => false),
              input,
            ),
          ).toEqual([]);
        }),
        { numRuns: Math.min(numRuns, 50) },
      );
    },
    SLOW,
  );

  it(
    'suggests nothing until the case has an outcome',
    () => {
      fc.assert(
        fc.property(leveredCaseArb(content), fc.nat(), ({ content: c, input }, n) => {
          const path = walkPath(c, input);
          const dropped = path[n % path.length]!.question.id;
          const answers = { ...input.answers };
          delete answers[dropped];
          const incomplete = { ...input, answers };
          expect(evaluate(c, incomplete).outcome).toBeNull();
          expect(whatWouldChange(c, incomplete)).toEqual([]);
        }),
        { numRuns: Math.min(numRuns, 50) },
      );
    },
    SLOW,
  );
});

// ---- Brute force: every candidate change and every pair, each evaluated from scratch.

/** The candidate answers, written again independently of change.ts. */
function alternatives(q: Question, current: string[]): string[][] {
  const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
  const out: string[][] = q.options.map((o) => [o.id]);
  if (q.kind === 'multiple' && current.length > 1)
    for (const id of current) out.push(current.filter((x) => x !== id));
  const unsure = (id: string) => q.options.find((o) => o.id === id)!.signal === 'unsure';
  return out.filter(
    (a, i) => !same(a, current) && out.findIndex((b) => same(a, b)) === i && !a.some(unsure),
  );
}

function bruteForce(content: Content, input: CaseInput): string[] {
  const now = evaluate(content, input).outcome;
  if (!now) return [];
  const edits: AnswerEdit[] = walkPath(content, input).flatMap((s) =>
    s.question.nature === 'lever' && s.answer
      ? alternatives(s.question, s.answer).map((to) => ({
          posture: s.posture,
          question: s.question.id,
          from: s.answer!,
          to,
        }))
      : [],
  );
  const better = (changes: AnswerEdit[]): ChangeSuggestion | null => {
    const o = evaluate(content, applyEdits(input, changes)).outcome;
    return o && o.caution < now.caution
      ? { edits: changes, outcome: o.id, rule: o.rule, caution: o.caution }
      : null;
  };
  const singles = edits.flatMap((e) => better([e]) ?? []);
  const alone = new Map(singles.map((s) => [editKey(s.edits[0]!), s.caution]));
  const pairs = edits.flatMap((a, i) =>
    edits.slice(i + 1).flatMap((b) => {
      if (a.question === b.question) return [];
      const s = better([a, b]);
      return s && [a, b].every((e) => (alone.get(editKey(e)) ?? Infinity) > s.caution) ? [s] : [];
    }),
  );
  return [...singles, ...pairs].map(suggestionKey).sort();
}

describe.each([
  ['base fixture', fixture, 200],
  ['real content', real, 30],
] as const)('what would change the outcome, against a brute force on the %s', (_, content, n) => {
  it(
    'finds exactly the minimal improving changes the brute force finds',
    () => {
      fc.assert(
        fc.property(leveredCaseArb(content), ({ content: c, input }) => {
          expect(whatWouldChange(c, input).map(suggestionKey).sort()).toEqual(bruteForce(c, input));
        }),
        { numRuns: n },
      );
    },
    SLOW,
  );
});

describe('what would change the outcome, by example', () => {
  const content = withLevers(real, (id) => PLAUSIBLE_LEVERS.includes(id));
  const allFine = EMAIL_ALL_FINE;
  const input = (answers: Record<string, string[]>): CaseInput => ({
    jurisdiction: 'BE',
    situation: 'email-for-jobseeker',
    answers: { ...allFine, ...answers },
  });

  it('offers nothing when the case already goes ahead', () => {
    expect(evaluate(content, input({})).outcome?.id).toBe('go');
    expect(whatWouldChange(content, input({}))).toEqual([]);
  });

  it('suggests a service device instead of a personal one, which also closes the device question', () => {
    const own = input({ 'know.equipment': ['personal'], 'can.personal-device': ['no'] });
    expect(evaluate(content, own).outcome?.id).toBe('alternative');
    const found = whatWouldChange(content, own);
    expect(found[0]).toEqual({
      edits: [
        { posture: 'know', question: 'know.equipment', from: ['personal'], to: ['professional'] },
      ],
      outcome: 'go',
      rule: 'all-clear',
      caution: 0,
    });
    // Allowing the personal device is smaller but leaves a condition: the device is personal.
    expect(found).toContainEqual({
      edits: [{ posture: 'can', question: 'can.personal-device', from: ['no'], to: ['yes'] }],
      outcome: 'conditions',
      rule: 'otherwise-conditions',
      caution: 1,
    });
  });

  it('never suggests that the person agree: their refusal is a fact', () => {
    const refuses = input({ 'want.person-agrees': ['refuses'], 'can.keep-password': ['yes'] });
    expect(evaluate(content, refuses).outcome?.id).toBe('person-choice');
    const found = whatWouldChange(content, refuses);
    expect(found.flatMap((s) => s.edits.map((e) => e.question))).not.toContain(
      'want.person-agrees',
    );
    // Not keeping the password is not enough while the person refuses.
    expect(found).toEqual([]);
  });

  it('needs two changes when two lever answers block together', () => {
    const two = input({ 'can.keep-password': ['yes'], 'can.internal-rules': ['no'] });
    const found = whatWouldChange(content, two);
    expect(found.every((s) => s.edits.length === 2)).toBe(true);
    expect(found[0]).toMatchObject({ outcome: 'go', caution: 0 });
    expect(found[0]!.edits.map((e) => e.question).sort()).toEqual([
      'can.internal-rules',
      'can.keep-password',
    ]);
  });
});

describe('the properties above are not vacuous', () => {
  it(
    'finds single changes on every content set, and pairs on the fixture and the real content',
    () => {
      for (const [label, content] of sets) {
        const samples = fc.sample(leveredCaseArb(content), { numRuns: 25, seed: 7 });
        const found = samples.flatMap(({ content: c, input }) => whatWouldChange(c, input));
        expect(found.some((s) => s.edits.length === 1)).toBe(true);
        if (label !== '20× content') expect(found.some((s) => s.edits.length === 2)).toBe(true);
      }
    },
    SLOW,
  );

  it('finds the pair that unblocks a case on the 20× content', () => {
    const scaled = scaleContent(
      withLevers(real, (id) => PLAUSIBLE_LEVERS.includes(id)),
      20,
    );
    const fine = Object.fromEntries(
      allQuestions(scaled).map((q) => [
        q.id,
        [(q.options.find((o) => o.signal === 'fine') ?? q.options[0]!).id],
      ]),
    );
    const input: CaseInput = {
      jurisdiction: 'FR',
      situation: 'email-for-jobseeker',
      answers: { ...fine, 'can.keep-password': ['yes'], 'can.internal-rules-x13': ['no'] },
    };
    expect(evaluate(scaled, input).outcome?.id).toBe('alternative');
    const found = whatWouldChange(scaled, input);
    expect(found[0]).toMatchObject({ outcome: 'go', rule: 'all-clear' });
    expect(found[0]!.edits).toEqual([
      { posture: 'can', question: 'can.keep-password', from: ['yes'], to: ['no'] },
      { posture: 'can', question: 'can.internal-rules-x13', from: ['no'], to: ['yes'] },
    ]);
  });
});

describe("what would change the outcome, with the real content's own levers", () => {
  const nature = new Map(allQuestions(real).map((q) => [q.id, q.nature]));
  const arb = fc.oneof(caseArb(real), nearlyClearCaseArb(real, 2));

  it(
    'changes only questions the content marks as levers, and announces the right outcome',
    () => {
      fc.assert(
        fc.property(arb, (input) => {
          for (const s of whatWouldChange(real, input)) {
            for (const e of s.edits) expect(nature.get(e.question)).toBe('lever');
            const after = evaluate(real, applyEdits(input, s.edits)).outcome;
            expect(after).toEqual({ id: s.outcome, rule: s.rule, caution: s.caution });
          }
        }),
        { numRuns: 100 },
      );
    },
    SLOW,
  );

  it(
    'finds what the brute force finds, and finds something',
    () => {
      const samples = fc.sample(arb, { numRuns: 15, seed: 11 });
      for (const input of samples)
        expect(whatWouldChange(real, input).map(suggestionKey).sort()).toEqual(
          bruteForce(real, input),
        );
      expect(samples.some((input) => whatWouldChange(real, input).length > 0)).toBe(true);
    },
    SLOW,
  );
});

describe('what would change the outcome, on the real content: never the person or the world', () => {
  // The content review: consent to an image is the persons' own choice, and whether someone is
  // better placed is a fact of the area; "if they agreed" or "if nobody else could" is never a
  // change to suggest (issue 16). Both are facts in content 2.0.
  it('marks consent to an image and "someone better placed" as facts', () => {
    const nature = (id: string) => allQuestions(real).find((q) => q.id === id)?.nature;
    expect(nature('can.image-consent')).toBe('fact');
    expect(nature('know.better-placed')).toBe('fact');
  });

  it('never suggests answering them otherwise, whatever the case', () => {
    const facts = new Set(['can.image-consent', 'know.better-placed']);
    fc.assert(
      fc.property(caseArb(real), (input) => {
        for (const s of whatWouldChange(real, input))
          for (const e of s.edits) expect(facts.has(e.question)).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
