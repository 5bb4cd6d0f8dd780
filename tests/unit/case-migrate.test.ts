// A case from another content version opens keeping what still means something (issue 18,
// point 12): properties over any case, with ids and options the content never had mixed in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseKnown } from '../../src/domain/case/caseFile.write';
import { migrateCase } from '../../src/domain/case/migrate';
import { validAnswer } from '../../src/domain/engine/path';
import { emptyCase, type CaseData } from '../../src/domain/wizard';
import { allQuestions, caseArb } from '../support/arbitraries';
import { realContent } from '../support/content';

const content = realContent();
const questions = new Map(allQuestions(content).map((q) => [q.id, q]));

const idArb = fc.stringMatching(/^[a-z][a-z.-]{0,12}$/);

/** A valid case with questions, options, a situation or a jurisdiction since removed. */
const olderCaseArb: fc.Arbitrary<{ valid: CaseData; older: CaseData }> = fc
  .record({
    input: caseArb(content),
    goneQuestions: fc.dictionary(idArb, fc.array(idArb, { minLength: 1, maxLength: 3 })),
    goneOptions: fc.dictionary(fc.constantFrom(...questions.keys()), idArb),
    goneSituation: fc.option(idArb, { nil: undefined }),
  })
  .map(({ input, goneQuestions, goneOptions, goneSituation }) => {
    const valid: CaseData = { ...emptyCase(content), ...input, description: 'texte' };
    const answers = { ...valid.answers };
    for (const [qid, ids] of Object.entries(goneQuestions))
      if (!questions.has(qid)) answers[qid] = ids;
    for (const [qid, id] of Object.entries(goneOptions))
      if (!questions.get(qid)!.options.some((o) => o.id === id))
        answers[qid] = [...(answers[qid] ?? []), id];
    const older: CaseData = {
      ...valid,
      answers,
      situation:
        goneSituation !== undefined &&
        !content.situations.situations.some((s) => s.id === goneSituation)
          ? goneSituation
          : valid.situation,
    };
    return { valid, older };
  });

describe('a case from another content version', () => {
  it('keeps only ids this content knows: what it gives is always a case this content reads', () => {
    fc.assert(
      fc.property(olderCaseArb, ({ older }) => {
        expect(caseKnown(content, migrateCase(content, older).data)).toBe(true);
      }),
    );
  });

  it('never invents an answer: each kept answer is the given one, less the unknown options', () => {
    fc.assert(
      fc.property(olderCaseArb, ({ older }) => {
        const { data } = migrateCase(content, older);
        for (const [qid, kept] of Object.entries(data.answers)) {
          expect(older.answers[qid]).toBeDefined();
          const known = older.answers[qid]!.filter((id) =>
            questions.get(qid)!.options.some((o) => o.id === id),
          );
          expect(kept).toEqual(known);
        }
      }),
    );
  });

  it('keeps every answer whose question and options still exist, and the worker’s own words', () => {
    fc.assert(
      fc.property(olderCaseArb, ({ valid, older }) => {
        const { data, changed } = migrateCase(content, older);
        for (const [qid, given] of Object.entries(valid.answers)) {
          const known = (older.answers[qid] ?? []).filter((id) =>
            questions.get(qid)!.options.some((o) => o.id === id),
          );
          if (validAnswer(questions.get(qid)!, known)) expect(data.answers[qid]).toEqual(known);
          else expect(given).not.toEqual(older.answers[qid]);
        }
        expect(data.sheet).toEqual(older.sheet);
        if (data.situation !== null) expect(data.description).toBe(older.description);
        expect(changed).toBe(JSON.stringify(older) !== JSON.stringify(valid));
      }),
    );
  });

  it('leaves a case this content fully knows as it is, and is idempotent', () => {
    fc.assert(
      fc.property(olderCaseArb, ({ valid, older }) => {
        expect(migrateCase(content, valid)).toEqual({ data: valid, changed: false });
        const once = migrateCase(content, older).data;
        expect(migrateCase(content, once)).toEqual({ data: once, changed: false });
      }),
    );
  });
});
