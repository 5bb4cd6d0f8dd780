// npm run bench:engine — median time of one evaluation on the real content and on a content
// set 20× larger (targets: under 1 ms and under 5 ms on this machine), then of "what would
// change the outcome" (whatWouldChange: every change of one or two lever answers) and of the
// decisive reasons with the priority actions, on the same cases. Prints figures only.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/domain/content/check.ts';
import { formatProblem } from '../src/domain/content/problem.ts';
import type { Content } from '../src/domain/content/types.ts';
import {
  decisiveReasons,
  evaluate,
  priorityActions,
  whatWouldChange,
} from '../src/domain/engine/index.ts';
import { caseArb } from '../tests/support/arbitraries.ts';
import { PLAUSIBLE_LEVERS, withLevers } from '../tests/support/levers.ts';
import { scaleContent } from '../tests/support/scaled-content.ts';

const { content, problems } = checkContent('content');
if (!content || problems.length > 0) {
  problems.forEach((p) => console.error(formatProblem(p)));
  process.exit(1);
}

/** Median and 95th percentile, in ms, of `run` over the inputs (after one warm-up pass). */
function time<T>(cases: readonly T[], rounds: number, run: (input: T) => unknown) {
  for (const input of cases) run(input); // warm-up
  const times: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const input of cases) {
      const t0 = performance.now();
      run(input);
      times.push(performance.now() - t0);
    }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const questionCount = (c: Content) =>
  Object.values(c.postures).reduce((n, p) => n + p.questions.length, 0);

function bench(label: string, c: Content, target: number) {
  const cases = fc.sample(caseArb(c), { numRuns: 200, seed: 42 });
  const { median, p95 } = time(cases, 10, (input) => evaluate(c, input));
  console.log(
    `${label.padEnd(14)} ${String(questionCount(c)).padStart(5)} questions  median ${median.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms  (target < ${target} ms) ${median < target ? 'OK' : 'OVER'}`,
  );
}

function benchChange(label: string, c: Content, numRuns: number, rounds: number) {
  const cases = fc.sample(caseArb(c), { numRuns, seed: 42 });
  const levers = Object.values(c.postures).reduce(
    (n, p) => n + p.questions.filter((q) => q.nature === 'lever').length,
    0,
  );
  const suggestions = cases.map((input) => whatWouldChange(c, input).length).sort((a, b) => a - b);
  const change = time(cases, rounds, (input) => whatWouldChange(c, input));
  const evaluations = cases.map((input) => evaluate(c, input));
  const decisive = time(evaluations, rounds, (e) => [decisiveReasons(c, e), priorityActions(c, e)]);
  console.log(
    `${label.padEnd(30)} ${String(levers).padStart(4)} levers  whatWouldChange median ${change.median.toFixed(2)} ms  p95 ${change.p95.toFixed(2)} ms  (suggestions: median ${suggestions[Math.floor(suggestions.length / 2)]}, max ${suggestions.at(-1)})  decisive+actions median ${decisive.median.toFixed(3)} ms`,
  );
}

bench('real content', content, 1);
bench('20× content', scaleContent(content, 20), 5);

// Levers: the content's own marks when it has any; else (and in any case, for comparison) the
// questions tests/support/levers.ts deems plausible, and every question as the worst case.
const ownLevers = Object.values(content.postures).some((p) =>
  p.questions.some((q) => q.nature === 'lever'),
);
const marked: [string, Content][] = [
  ...(ownLevers ? [['own levers', content] as [string, Content]] : []),
  ['plausible levers', withLevers(content, (id) => PLAUSIBLE_LEVERS.includes(id))],
  ['every question a lever', withLevers(content, () => true)],
];
for (const [label, c] of marked) {
  benchChange(`real, ${label}`, c, 200, 5);
  benchChange(`20×, ${label}`, scaleContent(c, 20), 30, 2);
}
