// npm run content:check -- [dir]: validates a content folder; one line per problem, exit 1.
import { resolve } from 'node:path';
import { checkContent } from '../src/domain/content/check.ts';
import { formatProblem } from '../src/domain/content/problem.ts';
import { NAMESPACES } from '../src/i18n/namespaces.ts';

const dir = resolve(process.argv[2] ?? 'content');
const { problems } = checkContent(dir, { namespaces: NAMESPACES });
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`content OK: ${dir}`);
