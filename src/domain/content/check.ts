// content:check — the schema, then the checks a schema cannot express. Used by the command line,
// the build (vite plugin) and the test suite, so all three report the same lines.
import { checkWorkshop } from './checks/workshop.ts';
import { checkConditionOrder } from './checks/conditions.ts';
import { checkDecisionTable } from './checks/decision-table.ts';
import { checkFrameworkMap } from './checks/framework-map.ts';
import { checkUniqueIds } from './checks/ids.ts';
import { checkLegalSources, checkUnfinishedMarkers } from './checks/law.ts';
import { checkReachability } from './checks/reachability.ts';
import { checkReferences } from './checks/references.ts';
import { checkResources } from './checks/resources.ts';
import { checkReviewDates, localToday } from './checks/review-dates.ts';
import { checkQuestionSituations, checkUnsureLast } from './checks/situations.ts';
import { declaresSituation } from '../engine/path.ts';
import { expectedKeys } from './keys.ts';
import { loadContent, type LoadedContent, type Locales } from './load.ts';
import type { Problem } from './problem.ts';
// The glossary is its own file, read apart (ADR 0015).
import { checkGlossary, GLOSSARY_NAMESPACE } from './glossary.ts';
import type { Content, GlossaryFile, Question } from './types.ts';
import { POSTURES } from './types.ts';

/** Flattens nested i18next resources to dotted keys. */
export function flattenKeys(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$schema') continue;
      const path = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object' && !Array.isArray(v))
        for (const [kk, vv] of flattenKeys(v, path)) out.set(kk, vv);
      else out.set(path, v);
    }
  }
  return out;
}

/** Every text key exists in every locale, as a non-empty string; no locale has orphan keys. */
export function checkLocales(content: Content, locales: Locales): Problem[] {
  const problems: Problem[] = [];
  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  const expected = expectedKeys(content);
  const namespaces = new Set(expected.map((e) => e.namespace));
  for (const lng of content.manifest.languages) {
    if (!locales[lng]) {
      problems.push({ file: `locales/${lng}`, path: '', message: 'locale folder missing' });
      continue;
    }
    for (const ns of namespaces) {
      const file = `locales/${lng}/${ns}.json`;
      const flat = flattenKeys(locales[lng][ns]);
      const used = new Set<string>();
      for (const e of expected.filter((x) => x.namespace === ns)) {
        // i18next context: "reason.x.ref_BE" and "_FR" may stand in for "reason.x.ref".
        const variants = jurisdictions.map((j) => `${e.key}_${j}`);
        const present = [e.key, ...variants].filter((k) => flat.has(k));
        present.forEach((k) => used.add(k));
        const ok = flat.has(e.key) || variants.every((k) => flat.has(k));
        if (!ok)
          problems.push({ file, path: e.key, message: `missing text (needed by ${e.origin})` });
        for (const k of present) {
          const v = flat.get(k);
          if (typeof v !== 'string' || v.trim() === '')
            problems.push({ file, path: k, message: 'text must be a non-empty string' });
        }
      }
      for (const k of flat.keys())
        if (!used.has(k) && !(ns === 'content' && labelVariant(content, k)))
          problems.push({ file, path: k, message: 'orphan key: no content uses it' });
    }
  }
  // The interface namespaces are checked for parity with the reference language. The glossary's
  // words are checked against its terms instead (glossary.ts), like the content's.
  const reference = locales[content.manifest.reference] ?? {};
  const interfaceNamespaces = Object.keys(reference).filter(
    (n) => !namespaces.has(n as never) && n !== GLOSSARY_NAMESPACE,
  );
  for (const ns of interfaceNamespaces) {
    const refKeys = flattenKeys(reference[ns]);
    for (const lng of content.manifest.languages) {
      if (lng === content.manifest.reference || !locales[lng]) continue;
      const file = `locales/${lng}/${ns}.json`;
      const flat = flattenKeys(locales[lng][ns]);
      for (const k of refKeys.keys())
        if (!flat.has(k))
          problems.push({
            file,
            path: k,
            message: `missing text (present in ${content.manifest.reference})`,
          });
      for (const k of flat.keys())
        if (!refKeys.has(k))
          problems.push({
            file,
            path: k,
            message: `orphan key: absent from ${content.manifest.reference}`,
          });
    }
  }
  return problems;
}

/**
 * `question.<id>.label_<situation>`, a question's label in one situation's own words (ADR 0025),
 * as the question and the suffix; null for any other key (a jurisdiction's `label_BE` included).
 */
function labelVariant(
  content: Content,
  k: string,
): { question: Question; situation: string } | null {
  const m = /^question\.(.+)\.label_([^.]+)$/.exec(k);
  if (!m) return null;
  const [, id, situation] = m as unknown as [string, string, string];
  if (content.jurisdictions.jurisdictions.some((j) => j.id === situation)) return null;
  const question = POSTURES.flatMap((p) => content.postures[p].questions).find((q) => q.id === id);
  return question ? { question, situation } : null;
}

/**
 * A question's label in a situation's own words (`label_<situation>`, ADR 0025) is written only
 * for a situation the question declares (any other is never shown: a misspelt id, or a question
 * moved off that situation), as a non-empty text, and in every language or in none.
 */
export function checkLabelVariants(content: Content, locales: Locales): Problem[] {
  const problems: Problem[] = [];
  const origin = (q: Question) => {
    for (const p of POSTURES) {
      const i = content.postures[p].questions.indexOf(q);
      if (i >= 0) return `postures/${p}.json: questions[${i}]`;
    }
    return '';
  };
  const written = new Map<string, { question: Question; situation: string; in: string[] }>();
  for (const lng of content.manifest.languages) {
    const file = `locales/${lng}/content.json`;
    for (const [k, v] of flattenKeys(locales[lng]?.content)) {
      const variant = labelVariant(content, k);
      if (!variant) continue;
      const { question, situation } = variant;
      const known = content.situations.situations.some((s) => s.id === situation);
      if (!known || !declaresSituation(question, situation)) {
        problems.push({
          file,
          path: k,
          message: known
            ? `label for situation "${situation}", which the question does not declare (${origin(question)})`
            : `label for an unknown situation "${situation}" (${origin(question)})`,
        });
        continue;
      }
      if (typeof v !== 'string' || v.trim() === '')
        problems.push({ file, path: k, message: 'text must be a non-empty string' });
      const seen = written.get(k) ?? { question, situation, in: [] };
      seen.in.push(lng);
      written.set(k, seen);
    }
  }
  for (const [k, seen] of written)
    for (const lng of content.manifest.languages)
      if (locales[lng] && !seen.in.includes(lng))
        problems.push({
          file: `locales/${lng}/content.json`,
          path: k,
          message: `missing text: the label in the words of situation "${seen.situation}" is written in ${seen.in.join(', ')} (${origin(seen.question)})`,
        });
  return problems;
}

export interface CheckOptions {
  /** "YYYY-MM-DD": review dates after it are in the future. Defaults to today, local time. */
  today?: string;
  /**
   * The locale namespaces the app loads (src/i18n/namespaces.ts): every language must have a
   * file for each — a missing one is a screen of raw keys — and no other file, which nothing
   * would ever load. Not checked when absent (the domain does not know the app's namespaces).
   */
  namespaces?: readonly string[];
}

/** Each language has exactly one locale file per namespace the app loads. */
export function checkNamespaceFiles(
  content: Content,
  locales: Locales,
  namespaces: readonly string[] | null,
): Problem[] {
  if (namespaces === null) return [];
  const problems: Problem[] = [];
  for (const lng of content.manifest.languages) {
    const files = locales[lng];
    if (!files) continue; // checkLocales reports the missing folder
    for (const ns of namespaces)
      if (!(ns in files))
        problems.push({
          file: `locales/${lng}/${ns}.json`,
          path: '',
          message: 'file missing: the app loads this namespace',
        });
    for (const ns of Object.keys(files))
      if (!namespaces.includes(ns))
        problems.push({
          file: `locales/${lng}/${ns}.json`,
          path: '',
          message: `unknown namespace: the app loads only ${namespaces.join(', ')}`,
        });
  }
  return problems;
}

export type CrossCheck = (
  content: Content,
  locales: Locales,
  options: { today: string; namespaces: readonly string[] | null },
) => Problem[];

/** The checks a schema cannot express, run in this order once every file parsed. */
export const crossChecks: CrossCheck[] = [
  checkUniqueIds,
  checkReferences,
  checkResources,
  checkConditionOrder,
  checkReachability,
  checkDecisionTable,
  checkQuestionSituations,
  checkUnsureLast,
  (content, _locales, { today }) => checkReviewDates(content, today),
  (content, _locales, { today }) => checkLegalSources(content, today),
  (content, locales, { namespaces }) => checkNamespaceFiles(content, locales, namespaces),
  checkLocales,
  checkLabelVariants,
  checkUnfinishedMarkers,
  checkWorkshop,
];

/** A checked content folder, with its glossary (its own file, kept off the first visit). */
export interface CheckedContent extends LoadedContent {
  glossary: GlossaryFile | null;
}

export function checkContent(dir: string, options: CheckOptions = {}): CheckedContent {
  const loaded = loadContent(dir);
  if (!loaded.content) return { ...loaded, glossary: null };
  const content = loaded.content;
  const resolved = { today: options.today ?? localToday(), namespaces: options.namespaces ?? null };
  const glossary = checkGlossary(dir, content, loaded.locales);
  const problems = [
    ...loaded.problems,
    ...crossChecks.flatMap((c) => c(content, loaded.locales, resolved)),
    ...glossary.problems,
    // content/framework.json, the questions a service's framework settles (ADR 0019).
    ...checkFrameworkMap(dir, content),
  ];
  return { ...loaded, problems, glossary: glossary.glossary };
}
