import { describe, expect, it } from 'vitest';
import { evaluate, walkPath } from '../../src/domain/engine';
import { realContent } from '../support/content';
import { EMAIL_ALL_FINE } from '../support/cases';

const content = realContent();
const allFine = EMAIL_ALL_FINE;
const input = (answers: Record<string, string[]>) => ({
  jurisdiction: 'BE' as const,
  situation: 'email-for-jobseeker',
  answers,
});

describe('evaluate', () => {
  it('gives no outcome until every question on the path is answered', () => {
    const e = evaluate(content, input({ 'know.skills': ['yes'] }));
    expect(e.complete).toBe(false);
    expect(e.outcome).toBeNull();
    expect(e.missing).toContain('know.time');
  });

  it('clears every posture and goes ahead when nothing weighs', () => {
    const e = evaluate(content, input(allFine));
    expect(e.postures.know.verdict).toBe('clear');
    expect(e.outcome?.id).toBe('go');
  });

  it('counts "I don\'t know" honestly: the posture is not clear', () => {
    const e = evaluate(content, input({ ...allFine, 'can.internal-rules': ['unsure'] }));
    expect(e.postures.can.verdict).toBe('conditions');
    expect(e.postures.can.unsure).toBe(1);
    expect(e.outcome?.id).toBe('conditions');
  });

  it('never goes ahead when a legal answer blocks, and orders reasons by the hierarchy of norms', () => {
    const e = evaluate(content, input({ ...allFine, 'can.keep-password': ['yes'] }));
    expect(e.postures.can.verdict).toBe('blocked');
    expect(e.outcome?.id).toBe('alternative');
    // What weighs comes first, then what explains the fine answers; each by the hierarchy.
    const weighs = e.reasons.filter((r) => r.answers.some((a) => a.signal !== 'fine'));
    const fine = e.reasons.filter((r) => !weighs.includes(r));
    expect(e.reasons).toEqual([...weighs, ...fine]);
    for (const group of [weighs, fine]) {
      const ranks = group.map((r) => r.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    expect(fine.length).toBeGreaterThan(0);
    expect(e.reasons[0]?.answers[0]).toMatchObject({
      question: 'can.keep-password',
      option: 'yes',
    });
  });

  it('respects a refusal: the person refusing leads to a way that respects their choice', () => {
    const e = evaluate(content, input({ ...allFine, 'want.person-agrees': ['refuses'] }));
    expect(e.flags).toContain('person-refuses');
    expect(e.outcome?.id).toBe('person-choice');
  });

  it("raises a situation's own flags whatever the answers", () => {
    const e = evaluate(content, { ...input({}), situation: 'facebook-page' });
    expect(e.flags).toContain('service-level');
    expect(evaluate(content, input({})).flags).not.toContain('service-level');
  });

  it('asks a question only on the situations it declares', () => {
    for (const s of content.situations.situations)
      for (const step of walkPath(content, { ...input({}), situation: s.id }))
        if (step.question.situations !== 'all') expect(step.question.situations).toContain(s.id);
  });

  it('filters resources by jurisdiction', () => {
    const answers = { ...allFine, 'can.keep-password': ['yes'] };
    const be = evaluate(content, input(answers));
    const fr = evaluate(content, { ...input(answers), jurisdiction: 'FR' });
    const jurisdictionOf = (id: string) =>
      content.carnet.resources.find((r) => r.id === id)?.jurisdiction;
    expect(be.resources.map(jurisdictionOf)).not.toContain('FR');
    expect(fr.resources.map(jurisdictionOf)).not.toContain('BE');
  });
});
