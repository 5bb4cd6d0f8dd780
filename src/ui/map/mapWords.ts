// The map's words from the locale files, for the page and for `npm run content:map` alike (no
// React here): conditions and rules are told by the worksheet's own sentence builders.
import { key } from '../../domain/content/keys';
import type { Content } from '../../domain/content/types';
import type { DecisionMap } from '../../domain/map/build';
import type { MapWords } from '../../domain/map/words';
import { conditionInWords } from '../worksheet/conditionWords';
import { paperWords } from '../worksheet/paperWords';
import { ruleInWords } from '../worksheet/ruleWords';

/**
 * i18next's t with the interface's words (`screens`, then `ui`) by default; `ns` for others. A
 * key array is i18next's: the first key that has a text (a question's label in the situation's
 * own words, then the general one).
 */
export type Translate = (k: string | string[], options?: Record<string, unknown>) => string;

/** What of i18next the fast path needs (an i18n instance has it). */
export interface Resources {
  language: string;
  getResource: (lng: string, ns: string, key: string) => unknown;
}

/**
 * A Translate that reads a plain text (no interpolation) straight from the loaded resources,
 * in `ns` or else `screens` then `ui`, and asks i18next's t only for the rest: a map asks for
 * a few hundred labels, and t costs far more than a lookup (npm run bench:map).
 */
export function withResources(resources: Resources, t: Translate): Translate {
  return (k, options) => {
    const keys = options ? Object.keys(options) : [];
    if (keys.every((x) => x === 'ns')) {
      const namespaces = typeof options?.ns === 'string' ? [options.ns] : ['screens', 'ui'];
      for (const one of typeof k === 'string' ? [k] : k)
        for (const ns of namespaces) {
          const text = resources.getResource(resources.language, ns, one);
          if (typeof text === 'string') return text;
        }
    }
    return t(k, options);
  };
}

const kept = new WeakMap<object, Map<string, Map<string, string>>>();

/**
 * A Translate whose answers are kept for the life of `owner` (the i18n instance), per language:
 * the decision table's and the conditions' sentences are the same on every map, so moving from
 * one map to another asks i18next only for what is new. Words never change while the app runs.
 */
export function keptTranslate(owner: object, language: string, t: Translate): Translate {
  let byLanguage = kept.get(owner);
  if (!byLanguage) kept.set(owner, (byLanguage = new Map<string, Map<string, string>>()));
  let cache = byLanguage.get(language);
  if (!cache) byLanguage.set(language, (cache = new Map<string, string>()));
  const store = cache;
  return (k, options) => {
    const id = `${String(k)}\u0000${options ? JSON.stringify(options) : ''}`;
    let text = store.get(id);
    if (text === undefined) store.set(id, (text = t(k, options)));
    return text;
  };
}

export function mapWords(translate: Translate, content: Content, map: DecisionMap): MapWords {
  // The same few words come back hundreds of times (signals, verdicts, question references):
  // asked of i18next once each, which is most of the time a map takes to lay out.
  const cache = new Map<string, string>();
  const t: Translate = (k, options) => {
    const id = `${String(k)}\u0000${options ? JSON.stringify(options) : ''}`;
    let text = cache.get(id);
    if (text === undefined) cache.set(id, (text = translate(k, options)));
    return text;
  };
  const tc = (k: string | string[]) => t(k, { ns: 'content' });
  const numberOf = new Map(
    map.nodes.flatMap((n) => (n.kind === 'question' ? [[n.question, n.number] as const] : [])),
  );
  const rules = new Map(content.outcomes.rules.map((r) => [r.id, r]));
  // Built once: the same words as the worksheet's (../worksheet/paperWords.ts).
  const paper = paperWords(t, tc, numberOf, map.situation);
  return {
    title: t('map.drawingTitle', {
      situation: tc(key.situationTitle(map.situation)),
      jurisdiction: tc(key.jurisdictionName(map.jurisdiction)),
    }),
    posture: (p) => tc(key.postureQuestion(p)),
    verdictsHeading: t('map.verdicts'),
    flagsHeading: t('map.flags'),
    rulesHeading: t('map.rules'),
    outcomesHeading: t('map.outcomes'),
    questionNumber: (n) => t('map.questionNumber', { n }),
    question: (id) => tc(key.questionLabel(id, map.situation)),
    option: (q, o) => tc(key.option(q, o)),
    several: t('worksheet.several'),
    alone: t('worksheet.alone'),
    signal: (s) => t(`worksheet.symbols.${s}`),
    verdict: (v) => tc(key.verdict(v)),
    flag: (f) => tc(key.flag(f)),
    rule: (id) => {
      const rule = rules.get(id);
      if (!rule) return id;
      return ruleInWords(rule, paper.rule);
    },
    ruleNumber: (n) => t('map.ruleNumber', { n }),
    outcome: (id) => tc(key.outcomeTitle(id)),
    condition: (c) => conditionInWords(c, paper.condition),
    onPath: t('map.case.onPath'),
    legend: t('map.legend'),
    legendPath: t('map.legendPath'),
    legendBetter: t('map.legendBetter'),
  };
}
