// Reads and validates a content folder in node (content:check, the build, tests). Every fault is
// a Problem naming its file and JSON path, never a stack trace.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntaxErrorOffset } from './json-position.ts';
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

/** Line and column (from 1) of a character offset, the way editors count them. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * JSON.parse, with the line and column of a syntax error. Node 20's messages only give an offset
 * ("Unexpected token } in JSON at position 41", "... after JSON at position 7"), or nothing at
 * all ("Unexpected token ']', ..."); newer engines add "(line 3 column 5)". So we find the place
 * with our own scan (json-position.ts) and compute the line and column ourselves.
 */
export function parseJson(text: string, file: string): { value?: unknown; problem?: Problem } {
  // A byte-order mark (some Windows editors add one) is not an error worth a trainer's time.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(source) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Our own scan is exact; the engine's offset is the fallback should the two ever disagree.
    const pos = /at position (\d+)/.exec(message);
    const offset = syntaxErrorOffset(source) ?? (pos ? Number(pos[1]) : null);
    const at = offset === null ? undefined : lineColumn(source, offset);
    const where = at ? `line ${at.line}, column ${at.column}: ` : '';
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+/, '')
      .replace(/ at position \d+/, '')
      // V8 quotes the start of the text: "Unexpected token ']', "{ "a": [1,"... is not valid JSON".
      .replace(/, (\.\.\.)?".*$/s, '');
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
