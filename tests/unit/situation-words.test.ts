// A question asked in a case reads in the situation's own words (ADR 0025): "Savez-vous créer
// vous-même une adresse e-mail, étape par étape ?", not "…ce que la situation demande ?". The
// words are read as the screens read them: i18next, the real locales, key.questionLabel.
import { describe, expect, it } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import { declaresSituation } from '../../src/domain/engine/path';
import { realContent, realLocales } from '../support/content';
import { testI18n } from '../support/render';

const content = realContent();
const questions = POSTURES.flatMap((p) => content.postures[p].questions);
const question = (id: string) => questions.find((q) => q.id === id)!;
const situations = content.situations.situations.map((s) => s.id);
/** "Other" has no action of its own: its questions keep the general words. */
const OWN = situations.filter((s) => s !== 'other');

describe.each(['fr', 'en'])('questions in the situation’s own words (%s)', (lng) => {
  const t = testI18n(lng).getFixedT(lng, 'content');
  const general = (id: string) => t(key.questionLabelGeneral(id));
  const shown = (id: string, situation: string | null, jurisdiction?: string) =>
    t(key.questionLabel(id, situation), { context: jurisdiction });

  it('asks know.skills in each situation’s own words, one sentence per situation', () => {
    const on = OWN.filter((s) => declaresSituation(question('know.skills'), s));
    expect(on.length).toBeGreaterThanOrEqual(20);
    const labels = on.map((s) => shown('know.skills', s));
    for (const [i, label] of labels.entries()) {
      expect(label, on[i]).not.toBe(general('know.skills'));
      expect(label, on[i]).toBe(t(key.questionLabelOf('know.skills', on[i]!)));
    }
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('says what an email address for a jobseeker calls for', () => {
    expect(shown('know.skills', 'email-for-jobseeker')).toBe(
      lng === 'fr'
        ? 'Savez-vous créer vous-même une adresse e-mail, étape par étape ?'
        : 'Do you know how to create an email address yourself, step by step?',
    );
  });

  it('keeps the general words where there is no situation, or none of its own', () => {
    expect(shown('know.skills', null)).toBe(general('know.skills'));
    expect(shown('know.skills', 'other')).toBe(general('know.skills'));
    // A question whose words fit every situation has no variant.
    expect(shown('can.keep-password', 'passwords')).toBe(general('can.keep-password'));
  });

  it('reads the situation’s words under a jurisdiction context too (the result page)', () => {
    for (const j of ['BE', 'FR'])
      expect(shown('can.internal-rules', 'passwords', j)).toBe(
        t(key.questionLabelOf('can.internal-rules', 'passwords')),
      );
  });

  it('leaves no general "what the situation calls for" on a situation with an action', () => {
    // The general labels that speak of the action in generic words.
    const generic = ['know.skills', 'know.colleague', 'know.time', 'can.internal-rules'];
    for (const id of generic)
      for (const s of OWN.filter((x) => declaresSituation(question(id), x)))
        expect(shown(id, s), `${id} on ${s}`).not.toBe(general(id));
  });
});

describe('the label variants in the locale files', () => {
  it('are written in both languages for the same questions and situations', () => {
    const locales = realLocales();
    const variants = (lng: string) =>
      questions.flatMap((q) =>
        situations
          .filter((s) => {
            const node = (locales[lng]!.content as Record<string, Record<string, unknown>>)
              .question as unknown as Record<string, Record<string, Record<string, unknown>>>;
            const [posture, ...rest] = q.id.split('.');
            return typeof node[posture!]?.[rest.join('.')]?.[`label_${s}`] === 'string';
          })
          .map((s) => `${q.id}/${s}`),
      );
    expect(variants('en')).toEqual(variants('fr'));
    expect(variants('fr').length).toBeGreaterThan(100);
  });
});
