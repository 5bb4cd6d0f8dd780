// npm run bench:engine — median time of one evaluation on the real content and on a content
// set 20× larger (targets: under 1 ms and under 5 ms on this machine). Prints figures only.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/domain/content/check.ts';
import { formatProblem } from '../src/domain/content/problem.ts';
import type { Content } from '../src/domain/content/types.ts';
import { evaluate } from '../src/domain/engine/index.ts';
import { caseArb } from '../tests/support/arbitraries.ts';
import { scaleContent } from '../tests/support/scaled-content.ts';

const { content, problems } = checkContent('content');
if (!content || problems.length > 0) {
  problems.forEach((p) => console.error(formatProblem(p)));
  process.exit(1);
}

function bench(label: string, c: Content, target: number) {
  const cases = fc.sample(caseArb(c), { numRuns: 200, seed: 42 });
  for (const input of cases) evaluate(c, input); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 10; round++)
    for (const input of cases) {
      const t0 = performance.now();
      evaluate(c, input);
      times.push(performance.now() - t0);
    }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))]!;
  const questions = Object.values(c.postures).reduce((n, p) => n + p.questions.length, 0);
  console.log(
    `${label.padEnd(14)} ${String(questions).padStart(5)} questions  median ${at(0.5).toFixed(3)} ms  p95 ${at(0.95).toFixed(3)} ms  (target < ${target} ms) ${at(0.5) < target ? 'OK' : 'OVER'}`,
  );
}

bench('real content', content, 1);
bench('20× content', scaleContent(content, 20), 5);
