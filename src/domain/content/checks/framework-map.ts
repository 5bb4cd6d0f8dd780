// content/framework.json against the rest of the content: every field value, question, option
// and jurisdiction it names exists, and no field value settles the same question twice in a
// jurisdiction. Kept apart from the Content model so the mapping can be re-aligned on its own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRAMEWORK_FIELDS } from '../../framework/model.ts';
import { FRAMEWORK_MAP_FILE, FrameworkMapFile, type FrameworkSettle } from '../frameworkMap.ts';
import { parseJson } from '../load.ts';
import { jsonPath, type Problem } from '../problem.ts';
import type { Content } from '../types.ts';
import { questionPlaces } from './locate.ts';

export function checkFrameworkMapValue(content: Content, raw: unknown): Problem[] {
  const file = FRAMEWORK_MAP_FILE;
  const parsed = FrameworkMapFile.safeParse(raw);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => ({
      file,
      path: jsonPath(issue.path),
      message:
        issue.code === 'invalid_value'
          ? `must be one of ${issue.values.join(', ')}`
          : issue.code === 'unrecognized_keys'
            ? `unknown key: ${issue.keys.join(', ')}`
            : `invalid (${issue.code})`,
    }));
  const problems: Problem[] = [];
  const places = questionPlaces(content);
  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  const seen = new Map<string, number>();
  parsed.data.settles.forEach((s, i) => {
    const at = `settles[${i}]`;
    const settle = s as FrameworkSettle;
    const values: readonly string[] = FRAMEWORK_FIELDS[settle.field];
    if (!values.includes(settle.value))
      problems.push({ file, path: `${at}.value`, message: `must be one of ${values.join(', ')}` });
    else if (settle.value === 'not-set')
      problems.push({ file, path: `${at}.value`, message: '"not-set" never settles a question' });
    const question = places.get(settle.question)?.question;
    if (!question)
      problems.push({ file, path: `${at}.question`, message: `unknown question "${s.question}"` });
    else if (!question.options.some((o) => o.id === settle.option))
      problems.push({
        file,
        path: `${at}.option`,
        message: `"${settle.question}" has no option "${settle.option}"`,
      });
    else if (question.kind === 'multiple')
      problems.push({
        file,
        path: `${at}.question`,
        message: 'a framework settles single-choice questions only',
      });
    for (const [k, j] of (settle.jurisdiction ?? []).entries())
      if (!jurisdictions.includes(j))
        problems.push({
          file,
          path: `${at}.jurisdiction[${k}]`,
          message: `unknown jurisdiction "${j}"`,
        });
    for (const j of settle.jurisdiction ?? jurisdictions) {
      const id = `${settle.field}=${settle.value}@${j}`;
      const first = seen.get(id);
      if (first !== undefined && first !== i) {
        problems.push({
          file,
          path: at,
          message: `settles the same field value as settles[${first}] in ${j}`,
        });
        break;
      }
      seen.set(id, i);
    }
  });
  return problems;
}

/** Reads content/framework.json from a content folder and checks it; a missing file is fine. */
export function checkFrameworkMap(dir: string, content: Content): Problem[] {
  const full = join(dir, FRAMEWORK_MAP_FILE);
  if (!existsSync(full)) return [];
  const { value, problem } = parseJson(readFileSync(full, 'utf8'), FRAMEWORK_MAP_FILE);
  if (problem) return [problem];
  return checkFrameworkMapValue(content, value);
}
