// The glossary: terms of art (DPO, CASF, itsme, ROI…) explained on their own page and where they
// appear. Its structure lives in content/glossary.json, outside the content inlined in the first
// visit's script (ADR 0015), and its words in the `glossary` namespace. content:check reads it
// here, with the same one-line problems as the rest of the content.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flattenKeys } from './check.ts';
import { parseJson, type Locales } from './load.ts';
import { jsonPath, type Problem } from './problem.ts';
import { GlossaryFile } from './schema.ts';
import type { Content, GlossaryFile as Glossary } from './types.ts';

export const GLOSSARY_FILE = 'glossary.json';
export const GLOSSARY_NAMESPACE = 'glossary';

/** The texts every term needs, each alone or as one variant per jurisdiction (`name_BE`…). */
export const TERM_TEXTS = ['name', 'definition', 'forms'] as const;
export const termKey = (id: string, text: (typeof TERM_TEXTS)[number]) => `term.${id}.${text}`;

/** Reads and checks content/glossary.json and the glossary's words in every language. */
export function checkGlossary(
  dir: string,
  content: Content,
  locales: Locales,
): { glossary: Glossary | null; problems: Problem[] } {
  const file = GLOSSARY_FILE;
  const full = join(dir, file);
  if (!existsSync(full))
    return { glossary: null, problems: [{ file, path: '', message: 'file missing' }] };
  const { value, problem } = parseJson(readFileSync(full, 'utf8'), file);
  if (problem) return { glossary: null, problems: [problem] };
  const parsed = GlossaryFile.safeParse(value);
  if (!parsed.success)
    return {
      glossary: null,
      problems: parsed.error.issues.map((i) => ({
        file,
        path: jsonPath(i.path),
        message: i.message,
      })),
    };
  const glossary = parsed.data;
  const problems: Problem[] = [];
  const resources = new Set(content.carnet.resources.map((r) => r.id));
  const seen = new Set<string>();
  glossary.terms.forEach((term, i) => {
    if (seen.has(term.id))
      problems.push({ file, path: `terms[${i}].id`, message: `duplicate term "${term.id}"` });
    seen.add(term.id);
    term.resources.forEach((r, j) => {
      if (!resources.has(r))
        problems.push({
          file,
          path: `terms[${i}].resources[${j}]`,
          message: `unknown resource "${r}"`,
        });
    });
  });

  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  for (const lng of content.manifest.languages) {
    const words = locales[lng]?.[GLOSSARY_NAMESPACE];
    if (words === undefined) continue; // the namespace-files check reports the missing file
    const at = `locales/${lng}/${GLOSSARY_NAMESPACE}.json`;
    const flat = flattenKeys(words);
    const used = new Set<string>();
    glossary.terms.forEach((term, i) => {
      for (const text of TERM_TEXTS) {
        const k = termKey(term.id, text);
        // A country's own word: every jurisdiction has its variant, or the term has one text.
        const variants = jurisdictions.map((j) => `${k}_${j}`);
        const present = [k, ...variants].filter((v) => flat.has(v));
        present.forEach((v) => used.add(v));
        if (!flat.has(k) && !variants.every((v) => flat.has(v)))
          problems.push({
            file: at,
            path: k,
            message: `missing text (needed by ${file}: terms[${i}])`,
          });
        for (const v of present) {
          const text = flat.get(v);
          if (typeof text !== 'string' || text.trim() === '')
            problems.push({ file: at, path: v, message: 'text must be a non-empty string' });
        }
      }
    });
    for (const k of flat.keys())
      if (!used.has(k))
        problems.push({ file: at, path: k, message: 'orphan key: no glossary term uses it' });
  }
  return { glossary, problems };
}
