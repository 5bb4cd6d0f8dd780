// Reads and validates a content folder in node (content:check, the build, tests). Every fault is
// a Problem naming its file and JSON path, never a stack trace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, type ContentFileName } from './schema.ts';
import type { Content, PostureId } from './types.ts';
import { jsonPath, type Problem } from './problem.ts';

/** Locale texts: language → namespace → nested i18next resources. */
export type Locales = Record<string, Record<string, unknown>>;

export interface LoadedContent {
  content: Content | null;
  locales: Locales;
  problems: Problem[];
}

/** JSON.parse with the line and column of a syntax error, computed from the error's position. */
export function parseJson(text: string, file: string): { value?: unknown; problem?: Problem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    let where = '';
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const column = Number(pos[1]) - before.lastIndexOf('\n');
      where = `line ${line}, column ${column}: `;
    } else if (/end of JSON input/i.test(message)) {
      const lines = text.split('\n');
      where = `line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}: `;
    }
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line.*$/s, '');
    return { problem: { file, path: '(syntax)', message: `${where}malformed JSON: ${reason}` } };
  }
}

function readJson(dir: string, file: string, problems: Problem[]): unknown {
  const full = join(dir, file);
  if (!existsSync(full)) {
    problems.push({ file, path: '', message: 'file missing' });
    return undefined;
  }
  const { value, problem } = parseJson(readFileSync(full, 'utf8'), file);
  if (problem) problems.push(problem);
  return value;
}

export function loadContent(dir: string): LoadedContent {
  const problems: Problem[] = [];
  const parsed: Partial<Record<ContentFileName, unknown>> = {};
  for (const [file, schema] of Object.entries(contentFiles) as [
    ContentFileName,
    (typeof contentFiles)[ContentFileName],
  ][]) {
    const raw = readJson(dir, file, problems);
    if (raw === undefined) continue;
    const result = schema.safeParse(raw);
    if (result.success) parsed[file] = result.data;
    else
      for (const issue of result.error.issues)
        problems.push({ file, path: jsonPath(issue.path), message: issue.message });
  }
  const locales: Locales = {};
  const localeDir = join(dir, 'locales');
  if (existsSync(localeDir)) {
    for (const lng of readdirSync(localeDir).sort()) {
      locales[lng] = {};
      for (const f of readdirSync(join(localeDir, lng)).sort()) {
        if (!f.endsWith('.json')) continue;
        const value = readJson(dir, `locales/${lng}/${f}`, problems);
        if (value !== undefined) locales[lng][f.slice(0, -'.json'.length)] = value;
      }
    }
  } else problems.push({ file: 'locales', path: '', message: 'folder missing' });

  const complete = Object.keys(contentFiles).every((f) => f in parsed);
  if (!complete) return { content: null, locales, problems };
  const p = parsed as Record<ContentFileName, never>;
  const postures = {
    know: p['postures/know.json'],
    want: p['postures/want.json'],
    can: p['postures/can.json'],
  };
  for (const [id, file] of Object.entries(postures) as [PostureId, { posture: PostureId }][])
    if (file.posture !== id)
      problems.push({ file: `postures/${id}.json`, path: 'posture', message: `must be "${id}"` });
  return {
    content: {
      manifest: p['content.json'],
      situations: p['situations.json'],
      postures,
      reasons: p['reasons.json'],
      outcomes: p['outcomes.json'],
      carnet: p['carnet.json'],
      jurisdictions: p['jurisdictions.json'],
      workshop: p['workshop.json'],
    },
    locales,
    problems,
  };
}
