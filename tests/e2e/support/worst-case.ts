// The longest decision sheet each situation and jurisdiction can print, found from the content:
// the answers that show the most questions and bring the most (and longest) reasons, advice and
// resources, with every free-text field as long as the screen allows. No test runner here: the
// print test and the benchmarks share it.
import { key } from '../../../src/domain/content/keys';
import type { Content, JurisdictionId, Question } from '../../../src/domain/content/types';
import { evaluate, walkPath, type Answers } from '../../../src/domain/engine';
import { emptyCase, type CaseData } from '../../../src/domain/wizard/steps';
import { NOTES_MAX, REFERENCE_MAX } from '../../../src/print/SheetFields';
import { DESCRIPTION_MAX } from '../../../src/ui/situation/SituationPage';
import { realLocales } from '../../support/content';

type Tree = { [k: string]: string | Tree };

/** The French text of a content key (the longer language), with its jurisdiction's variant. */
function textLength(
  locales: Record<string, Record<string, unknown>>,
  ns: string,
  k: string | string[],
  j: string,
) {
  const tree = locales.fr?.[ns] as Tree | undefined;
  const find = (path: string) => {
    let node: string | Tree | undefined = tree;
    for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  // A key array as i18next reads it: the first key with a text (ADR 0025).
  for (const one of typeof k === 'string' ? [k] : k) {
    const text = find(`${one}_${j}`) ?? find(one);
    if (text !== undefined) return text.length;
  }
  return 0;
}

/** How much a case puts on paper, in characters of text. */
export function printedLength(content: Content, data: CaseData): number {
  const locales = realLocales() as Record<string, Record<string, unknown>>;
  const j = data.jurisdiction;
  const len = (k: string | string[], ns = 'content') => textLength(locales, ns, k, j);
  const e = evaluate(content, data);
  let total = 0;
  for (const qs of Object.values(e.path))
    for (const q of qs) {
      total += len(key.questionLabel(q, data.situation));
      for (const o of data.answers[q] ?? []) total += len(key.option(q, o));
    }
  for (const r of e.reasons) {
    total += len(key.reasonText(r.reason)) + len(key.reasonRef(r.reason));
    for (const a of r.answers)
      total +=
        len(key.questionLabel(a.question, data.situation)) + len(key.option(a.question, a.option));
  }
  for (const a of [...e.advice, ...e.nextSteps]) total += len(key.advice(a));
  for (const r of e.resources)
    total += len(key.resourceTitle(r), 'carnet') + len(key.resourcePublisher(r), 'carnet') + 40;
  return total;
}

/** A small seeded generator: the same worst cases on every run. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function pick(question: Question, next: () => number): string[] {
  const options = question.options;
  if (question.kind === 'multiple' && next() < 0.8) {
    // Every answer that can go together: the most reasons a multiple question can bring.
    const together = options.filter((o) => !o.exclusive).map((o) => o.id);
    if (together.length > 0) return together;
  }
  return [options[Math.floor(next() * options.length)]!.id];
}

export interface WorstCase {
  situation: string;
  jurisdiction: JurisdictionId;
  data: CaseData;
  length: number;
}

/** Free text as long as each field allows, in a worker's words (never a name). */
function longest(text: string, max: number): string {
  return text.repeat(Math.ceil(max / text.length)).slice(0, max);
}

/** The longest sheet of one situation and jurisdiction, by a seeded random search. */
export function worstCase(
  content: Content,
  situation: string,
  jurisdiction: JurisdictionId,
  tries = 120,
): WorstCase {
  const next = random(situation.length * 7919 + jurisdiction.charCodeAt(0));
  const freeText = content.situations.situations.find((s) => s.id === situation)?.freeText;
  let best: WorstCase | null = null;
  for (let i = 0; i < tries; i++) {
    const data: CaseData = { ...emptyCase(content), situation, jurisdiction };
    let answers: Answers = {};
    for (;;) {
      const step = walkPath(content, { ...data, answers }).find((s) => !s.answer);
      if (!step) break;
      answers = { ...answers, [step.question.id]: pick(step.question, next) };
    }
    data.answers = answers;
    const length = printedLength(content, data);
    if (!best || length > best.length) best = { situation, jurisdiction, data, length };
  }
  const data = best!.data;
  if (freeText)
    data.description = longest(
      'Démarche en ligne pour un service communal, sans nom. ',
      DESCRIPTION_MAX,
    );
  data.sheet = {
    reference: longest('DOSS-2026-', REFERENCE_MAX),
    notes: longest('Rendez-vous prévu avec la personne et sa conseillère emploi. ', NOTES_MAX),
    consent: 'obtained',
  };
  return best!;
}

/** Every situation × jurisdiction of the content, each at its longest. */
export function worstCases(content: Content, tries?: number): WorstCase[] {
  return content.situations.situations.flatMap((s) =>
    content.jurisdictions.jurisdictions.map((j) => worstCase(content, s.id, j.id, tries)),
  );
}
