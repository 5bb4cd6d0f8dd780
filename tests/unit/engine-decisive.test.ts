// What decided the outcome and what to do first: by example on the real content, and as
// properties on the real content and a content set 20× larger.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/domain/content/types';
import { POSTURES } from '../../src/domain/content/types';
import {
  decisiveAnswers,
  decisiveReasons,
  evaluate,
  priorityActions,
  signalVerdict,
  type CaseInput,
} from '../../src/domain/engine';
import { allQuestions, caseArb } from '../support/arbitraries';
import { realContent } from '../support/content';
import { scaleContent } from '../support/scaled-content';
import { EMAIL_ALL_FINE } from '../support/cases';

const real = realContent();

describe('decisive reasons and priority actions, by example', () => {
  const allFine = EMAIL_ALL_FINE;
  const input = (answers: Record<string, string[]>): CaseInput => ({
    jurisdiction: 'BE',
    situation: 'email-for-jobseeker',
    answers: { ...allFine, ...answers },
  });

  it('names nothing as decisive when the case goes ahead, and says what to do', () => {
    const e = evaluate(real, input({}));
    expect(e.outcome?.id).toBe('go');
    expect(decisiveReasons(real, e)).toEqual([]);
    expect(priorityActions(real, e)).toEqual([
      { advice: 'explain-and-log', from: 'outcome', resource: null },
    ]);
  });

  it('names the legal block, not what only conditions another posture', () => {
    const e = evaluate(
      real,
      input({ 'can.keep-password': ['yes'], 'want.team-position': ['not-discussed'] }),
    );
    expect(e.outcome).toMatchObject({ id: 'alternative', rule: 'law-blocks' });
    expect(decisiveReasons(real, e)).toEqual([
      {
        reason: 'no-password-keeping',
        source: 'gdpr',
        rank: 1,
        answers: [
          { posture: 'can', question: 'can.keep-password', option: 'yes', signal: 'blocking' },
        ],
      },
    ]);
    expect(priorityActions(real, e)).toEqual([
      { advice: 'another-route', from: 'outcome', resource: null },
      {
        advice: 'never-keep-passwords',
        from: 'reason',
        reason: 'no-password-keeping',
        resource: 'safeonweb',
      },
      { advice: 'offer-non-digital', from: 'outcome', resource: null },
    ]);
  });

  it("names the person's refusal when it decides", () => {
    const e = evaluate(real, input({ 'want.person-agrees': ['refuses'] }));
    expect(e.outcome?.rule).toBe('person-refuses');
    expect(decisiveReasons(real, e).map((r) => r.reason)).toEqual(['refusal-respected']);
  });

  it('names every conditioning answer when the catch-all decides, highest norm first', () => {
    const e = evaluate(real, input({ 'know.time': ['no'], 'can.internal-rules': ['unsure'] }));
    expect(e.outcome).toMatchObject({ id: 'conditions', rule: 'otherwise-conditions' });
    expect(decisiveReasons(real, e).map((r) => [r.reason, r.source])).toEqual([
      ['internal-rules', 'internal-rule'],
      ['rushing', 'good-practice'],
    ]);
    expect(priorityActions(real, e).map((a) => a.advice)).toEqual([
      'settle-first',
      'ask-employer',
      'plan-time',
    ]);
  });

  it('keeps the three highest norms when more reasons weigh', () => {
    const e = evaluate(
      real,
      input({
        'know.time': ['no'],
        'want.ethics': ['tension'],
        'can.internal-rules': ['unsure'],
        'can.personal-data': ['special'],
      }),
    );
    expect(decisiveReasons(real, e).map((r) => r.source)).toEqual([
      'gdpr',
      'internal-rule',
      'ethics',
    ]);
  });
});

const sets: [string, Content, number][] = [
  ['real content', real, 300],
  ['20× content', scaleContent(real, 20), 40],
];
// Property runs walk many cases; on a loaded 2-core machine they need more than 5 s.
const SLOW = 30_000;

describe.each(sets)('decisive reasons and priority actions on the %s', (_, content, numRuns) => {
  const questions = new Map(allQuestions(content).map((q) => [q.id, q]));
  const least = Math.min(...content.outcomes.outcomes.map((o) => o.caution));

  it(
    'gives one to three reasons, highest norm first, from answers that weigh on the path',
    () => {
      fc.assert(
        fc.property(caseArb(content), (input) => {
          const e = evaluate(content, input);
          const found = decisiveReasons(content, e);
          expect(found.length).toBeLessThanOrEqual(3);
          if (e.outcome!.caution > least) expect(found.length).toBeGreaterThan(0);
          expect(found.map((r) => r.rank)).toEqual(found.map((r) => r.rank).sort((a, b) => a - b));
          const onPath = new Set(POSTURES.flatMap((p) => e.path[p]));
          for (const r of found) {
            const all = e.reasons.find((x) => x.reason === r.reason)!;
            for (const a of r.answers) {
              expect(onPath.has(a.question)).toBe(true);
              expect(all.answers).toContainEqual(a);
            }
          }
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'reads the rule that fired: its non-clear postures worst answers, or its flags',
    () => {
      fc.assert(
        fc.property(caseArb(content), (input) => {
          const e = evaluate(content, input);
          const rule = content.outcomes.rules.find((r) => r.id === e.outcome!.rule)!;
          for (const a of decisiveAnswers(content, e)) {
            const option = questions.get(a.question)!.options.find((o) => o.id === a.option)!;
            const raises = option.flags.some((f) => rule.when.flags?.includes(f));
            const worst = signalVerdict(a.signal) === e.postures[a.posture].verdict;
            expect(raises || (worst && a.signal !== 'fine')).toBe(true);
          }
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'is what set the outcome: with those answers neutral, the rule that fired no longer does',
    () => {
      fc.assert(
        fc.property(caseArb(content), (input) => {
          const e = evaluate(content, input);
          const decisive = decisiveAnswers(content, e);
          const answers = { ...input.answers };
          for (const a of decisive) {
            const neutral = questions
              .get(a.question)!
              .options.find((o) => o.signal === 'fine' && o.flags.length === 0);
            if (!neutral) return; // some answers (a refusal's kind) have no neutral option
            answers[a.question] = [neutral.id];
          }
          const after = evaluate(content, { ...input, answers });
          const grew = POSTURES.some((p) => after.path[p].some((q) => !e.path[p].includes(q)));
          if (decisive.length === 0 || grew) return; // a new question could weigh in its turn
          expect(after.outcome!.rule).not.toBe(e.outcome!.rule);
        }),
        { numRuns },
      );
    },
    SLOW,
  );

  it(
    'gives at most three actions, each advice once, kept for the case, with a kept resource',
    () => {
      fc.assert(
        fc.property(caseArb(content), (input) => {
          const e = evaluate(content, input);
          const actions = priorityActions(content, e);
          expect(actions.length).toBeGreaterThan(0);
          expect(actions.length).toBeLessThanOrEqual(3);
          expect(actions[0]!.advice).toBe(e.nextSteps[0]);
          expect(new Set(actions.map((a) => a.advice)).size).toBe(actions.length);
          const decisive = decisiveAnswers(content, e);
          for (const a of actions) {
            expect([...e.nextSteps, ...e.advice]).toContain(a.advice);
            if (a.resource !== null) expect(e.resources).toContain(a.resource);
            if (a.from === 'outcome') expect(e.nextSteps).toContain(a.advice);
            else
              expect(
                decisive.some((d) =>
                  questions
                    .get(d.question)!
                    .options.find((o) => o.id === d.option)!
                    .advice.includes(a.advice),
                ),
              ).toBe(true);
          }
        }),
        { numRuns },
      );
    },
    SLOW,
  );
});
