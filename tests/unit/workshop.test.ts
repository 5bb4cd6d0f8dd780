// Workshop mode's pure parts: the comparison of the groups' cases, the projector's sequence and
// reveal, checked against the real content.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate, signalWeight } from '../../src/domain/engine';
import { emptyCase, type CaseData } from '../../src/domain/wizard/steps';
import { addGroups, compareCases, type AnswerCell } from '../../src/domain/workshop/compare';
import { projectorSteps, revealOptions } from '../../src/domain/workshop/projector';
import { caseArb } from '../support/arbitraries';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';

const content = realContent();
const asCase = (input: Omit<CaseData, 'description' | 'sheet'>): CaseData => ({
  ...emptyCase(content),
  ...input,
});
const groupsArb = (min: number, max: number) =>
  fc.array(caseArb(content).map(asCase), { minLength: min, maxLength: max });

const sameCell = (a: AnswerCell, b: AnswerCell) =>
  a.status === b.status &&
  (a.status !== 'answered' ||
    (b.status === 'answered' && [...a.options].sort().join() === [...b.options].sort().join()));

describe('compareCases', () => {
  it('sees no difference between copies of the same case', () => {
    fc.assert(
      fc.property(caseArb(content), fc.integer({ min: 1, max: 4 }), (input, n) => {
        const groups = Array.from({ length: n }, (_, i) => ({
          label: `g${i}`,
          data: asCase(input),
        }));
        const c = compareCases(content, groups);
        const rows = [c.situation, c.jurisdiction, ...c.questions, c.outcome];
        rows.push(...POSTURES.map((p) => c.verdicts[p]));
        expect(rows.filter((r) => r.differs)).toEqual([]);
      }),
    );
  });

  it('marks a question row exactly when two groups that answered it gave different answers', () => {
    fc.assert(
      fc.property(groupsArb(2, 4), (cases) => {
        const c = compareCases(
          content,
          cases.map((data, i) => ({ label: `g${i}`, data })),
        );
        for (const row of c.questions) {
          const answered = row.cells.filter((a) => a.status === 'answered');
          const someoneDisagrees = answered.some((a) => answered.some((b) => !sameCell(a, b)));
          expect(row.differs, row.question).toBe(someoneDisagrees);
          expect(row.dispute > 0, row.question).toBe(someoneDisagrees);
        }
      }),
    );
  });

  it('never marks a row because a group was not asked or left it blank', () => {
    const situation = content.situations.situations[0]!.id;
    const full = answeredCase(content, situation);
    const blank: CaseData = { ...emptyCase(content), situation, answers: {} };
    const c = compareCases(content, [
      { label: 'a', data: full },
      { label: 'b', data: blank },
    ]);
    expect(c.questions.filter((r) => r.differs)).toEqual([]);
    expect(c.outcome.differs).toBe(false);
  });

  it("lists the questions on some group's path, each once, the most disputed first", () => {
    fc.assert(
      fc.property(groupsArb(1, 4), (cases) => {
        const c = compareCases(
          content,
          cases.map((data, i) => ({ label: `g${i}`, data })),
        );
        const onSomePath = new Set(
          cases.flatMap((d) => POSTURES.flatMap((p) => evaluate(content, d).path[p])),
        );
        expect(new Set(c.questions.map((q) => q.question))).toEqual(onSomePath);
        expect(c.questions).toHaveLength(onSomePath.size);
        const order = POSTURES.flatMap((p) => content.postures[p].questions.map((q) => q.id));
        c.questions.forEach((q, i) => {
          const next = c.questions[i + 1];
          if (!next) return;
          expect(q.dispute).toBeGreaterThanOrEqual(next.dispute);
          if (q.dispute === next.dispute)
            expect(order.indexOf(q.question)).toBeLessThan(order.indexOf(next.question));
        });
      }),
    );
  });

  it('measures dispute as one minus the share of the most common answer', () => {
    const situation = content.situations.situations[0]!.id;
    const base = answeredCase(content, situation);
    const path = evaluate(content, base).path;
    const question = POSTURES.flatMap((p) => content.postures[p].questions).find(
      (q) => POSTURES.some((p) => path[p].includes(q.id)) && q.kind !== 'multiple',
    )!;
    const [first, second] = question.options.map((o) => o.id);
    const answering = (option: string): CaseData => ({
      ...base,
      answers: { ...base.answers, [question.id]: [option] },
    });
    const c = compareCases(
      content,
      [first!, first!, first!, second!].map((o, i) => ({ label: `g${i}`, data: answering(o) })),
    );
    const row = c.questions.find((r) => r.question === question.id)!;
    expect(row.dispute).toBeCloseTo(0.25);
    expect(c.questions[0]!.dispute).toBeGreaterThanOrEqual(row.dispute);
  });

  it('shows each group its own verdicts and outcome, as the engine gives them', () => {
    fc.assert(
      fc.property(groupsArb(1, 3), (cases) => {
        const c = compareCases(
          content,
          cases.map((data, i) => ({ label: `g${i}`, data })),
        );
        cases.forEach((d, i) => {
          const e = evaluate(content, d);
          for (const p of POSTURES) expect(c.verdicts[p].cells[i]).toBe(e.postures[p].verdict);
          expect(c.outcome.cells[i]).toBe(e.outcome?.id ?? null);
        });
      }),
    );
  });

  it('says "not asked" for a question off a group\'s path and "unanswered" for a blank one', () => {
    const situations = content.situations.situations.map((s) => s.id);
    const [first, second] = [situations[0]!, situations[1]!];
    const full = answeredCase(content, first);
    const blank: CaseData = { ...emptyCase(content), situation: second, answers: {} };
    const c = compareCases(content, [
      { label: 'a', data: full },
      { label: 'b', data: blank },
    ]);
    const onlyFirst = evaluate(content, full).path;
    const secondPath = evaluate(content, blank).path;
    const offSecond = POSTURES.flatMap((p) =>
      onlyFirst[p].filter((q) => !secondPath[p].includes(q)),
    );
    expect(offSecond.length).toBeGreaterThan(0);
    for (const row of c.questions) {
      if (offSecond.includes(row.question)) expect(row.cells[1]).toEqual({ status: 'not-asked' });
      else if (POSTURES.some((p) => secondPath[p].includes(row.question)))
        expect(row.cells[1]).toEqual({ status: 'unanswered' });
    }
    expect(c.outcome.cells[1]).toBeNull();
  });
});

describe('addGroups', () => {
  it('keeps the same result loaded twice once and names it', () => {
    fc.assert(
      fc.property(groupsArb(1, 4), fc.nat(), (cases, pick) => {
        const groups = cases.map((data, i) => ({ label: `Groupe ${i}`, data }));
        const again = groups[pick % groups.length]!;
        const withNotes = {
          ...again,
          data: { ...again.data, sheet: { ...again.data.sheet, notes: 'x' } },
        };
        const first = addGroups([], groups);
        const second = addGroups(first.groups, [withNotes]);
        expect(second.groups).toHaveLength(first.groups.length);
        expect(second.duplicates).toEqual([again.label]);
      }),
    );
  });

  it('keeps two different results under one label, and says so', () => {
    const situations = content.situations.situations.map((s) => s.id);
    const a = { label: 'Groupe B', data: answeredCase(content, situations[0]!) };
    const b = { label: 'Groupe B', data: answeredCase(content, situations[1]!) };
    const added = addGroups([a], [b]);
    expect(added.groups).toHaveLength(2);
    expect(added.duplicates).toEqual([]);
    expect(added.sameLabel).toEqual(['Groupe B']);
  });
});

describe('projector', () => {
  it('steps through every question a case study discusses, in the order they are asked', () => {
    for (const study of content.workshop.cases) {
      const steps = projectorSteps(content, study);
      expect(steps.map((s) => s.question.id).sort()).toEqual(Object.keys(study.prompts).sort());
      const order = POSTURES.flatMap((p) => content.postures[p].questions.map((q) => q.id));
      const positions = steps.map((s) => order.indexOf(s.question.id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('reveals, per option, a verdict that grows with the weight of its signal', () => {
    const rank = { clear: 0, conditions: 1, blocked: 2 } as const;
    for (const study of content.workshop.cases)
      for (const step of projectorSteps(content, study)) {
        const meanings = revealOptions(content, study, step.question);
        expect(meanings.map((m) => m.option)).toEqual(step.question.options.map((o) => o.id));
        for (const a of meanings)
          for (const b of meanings)
            if (signalWeight(a.signal) <= signalWeight(b.signal))
              expect(rank[a.verdict]).toBeLessThanOrEqual(rank[b.verdict]);
        for (const m of meanings)
          expect(m.suggested).toBe((study.suggested[step.question.id] ?? []).includes(m.option));
      }
  });

  it("reveals a reason only where it applies, with the case's jurisdiction", () => {
    const reasons = new Map(content.reasons.reasons.map((r) => [r.id, r]));
    for (const study of content.workshop.cases)
      for (const step of projectorSteps(content, study))
        for (const m of revealOptions(content, study, step.question)) {
          const option = step.question.options.find((o) => o.id === m.option)!;
          const reason = option.reason ? reasons.get(option.reason) : undefined;
          const applies =
            reason?.jurisdiction.some(
              (j) => j === 'all' || j === 'EU' || j === study.jurisdiction,
            ) ?? false;
          expect(m.reason?.id ?? null).toBe(applies ? reason!.id : null);
        }
  });
});
