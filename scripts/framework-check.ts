// npm run framework:check -- <file>…: validates a service's framework file (ADR 0019) against
// the content, as the app reads it; one line per problem (`file: path: what is wrong`), exit 1.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContent } from '../src/domain/content/load.ts';
import { formatProblem } from '../src/domain/content/problem.ts';
import { parseFramework } from '../src/domain/framework/read.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run framework:check -- <framework.json>…');
  process.exit(2);
}
const { content } = loadContent(resolve('content'));
if (!content) {
  console.error('content: the content folder does not load; run npm run content:check');
  process.exit(2);
}
let count = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    console.error(formatProblem({ file, path: '', message: `cannot read the file (${code})` }));
    count += 1;
    continue;
  }
  const result = parseFramework(content, text);
  if (result.ok) {
    console.log(`framework OK: ${file} (${result.framework.service})`);
    continue;
  }
  for (const p of result.problems) console.error(formatProblem({ file, ...p }));
  count += result.problems.length;
}
if (count > 0) {
  console.error(`\n${count} problem(s)`);
  process.exit(1);
}
