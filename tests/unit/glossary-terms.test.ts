// Finding the terms of art a text uses (src/ui/glossary/findTerms.ts): whole words only, acronyms
// by their case, and every form the real glossary gives is findable in every language.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTerms, occursIn, splitForms, type TermWords } from '../../src/ui/glossary/findTerms';
import { checkContent } from '../../src/domain/content/check';
import { flattenKeys } from '../../src/domain/content/check';
import { NAMESPACES } from '../../src/i18n/namespaces';

const term = (id: string, forms: string): TermWords => ({
  id,
  name: id,
  definition: id,
  forms: splitForms(forms),
});
const terms = [
  term('dpo', 'DPO|délégué à la protection des données'),
  term('roi', 'ROI'),
  term('mandate', 'mandat|mandats'),
];

describe('findTerms', () => {
  it('finds whole words and phrases, in the glossary’s order, each once', () => {
    const found = findTerms(['Un mandat, puis le DPO. Encore le DPO ; les mandats.'], terms);
    expect(found.map((t) => t.id)).toEqual(['dpo', 'mandate']);
  });

  it('ignores a form inside a longer word', () => {
    expect(findTerms(['mandater, DPOs, ROIS'], terms)).toEqual([]);
  });

  it('matches an acronym by its case only, other forms in any case', () => {
    expect(findTerms(['le roi'], terms)).toEqual([]);
    expect(findTerms(['le ROI du service'], terms).map((t) => t.id)).toEqual(['roi']);
    expect(findTerms(['Délégué à la protection des données'], terms).map((t) => t.id)).toEqual([
      'dpo',
    ]);
  });

  it('never returns a term twice, nor one it was not given', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (texts) => {
        const found = findTerms(texts, terms);
        expect(new Set(found).size).toBe(found.length);
        found.forEach((t) => expect(terms).toContain(t));
      }),
    );
  });

  it('reads any text without throwing, even one full of pattern characters', () => {
    fc.assert(
      fc.property(fc.string(), (form) => {
        if (form.trim() === '') return;
        expect(occursIn(form, ` ${form} `)).toBe(true);
      }),
    );
  });

  it('agrees with the rule written as a regular expression (whole words, acronyms by case)', () => {
    // The rule as it was first written: clear, but 0.3 s per posture page at CPU ×4.
    const escape = (f: string) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const asPattern = (form: string) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`,
        form === form.toUpperCase() && form !== form.toLowerCase() ? 'u' : 'iu',
      );
    const piece = fc.constantFrom('a', 'b', 'é', 'É', 'A', 'B', 'ç', '1', ' ', '-', '’', '.', '(');
    const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(word, text, (form, t) => {
        expect(occursIn(form, t)).toBe(asPattern(form).test(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the real glossary’s forms', () => {
  const checked = checkContent('content', { namespaces: NAMESPACES });
  it('are each found in a sentence that uses them, in every language and country', () => {
    expect(checked.problems).toEqual([]);
    for (const [lng, files] of Object.entries(checked.locales)) {
      const flat = flattenKeys(files.glossary);
      for (const [k, v] of flat)
        if (/\.forms(_[A-Z]{2})?$/.test(k))
          for (const form of splitForms(v as string))
            expect(occursIn(form, `Voir : ${form}.`), `${lng} ${k} "${form}"`).toBe(true);
    }
  });
});
