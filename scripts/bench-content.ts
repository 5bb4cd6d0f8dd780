// npm run bench:content — median time of checkContent() on the real content and on a generated
// content set 20× larger (every list copied 20 times under suffixed ids, references, conditions
// and texts rewritten to match, flag rules copied next to their originals), written to a temp
// folder so loading and parsing are measured too. Target: under 2 s for the large one.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkContent, flattenKeys } from '../src/domain/content/check.ts';
import { expectedKeys } from '../src/domain/content/keys.ts';
import { formatProblem } from '../src/domain/content/problem.ts';
import type { Condition, Content } from '../src/domain/content/types.ts';
import { POSTURES } from '../src/domain/content/types.ts';

const FACTOR = 20;
const ROUNDS = 7;

function load(dir: string) {
  const loaded = checkContent(dir);
  if (!loaded.content || loaded.problems.length > 0) {
    loaded.problems.forEach((p) => console.error(formatProblem(p)));
    throw new Error(`${dir} does not pass content:check`);
  }
  return { content: loaded.content, locales: loaded.locales };
}

/** Writes `content` copied `factor` times, and its texts, into a new folder. */
function writeScaled(source: string, factor: number): string {
  const { content, locales } = load(source);
  const copies = Array.from({ length: factor }, (_, i) => (i === 0 ? '' : `-x${i}`));
  const many = <T>(list: readonly T[], copy: (item: T, s: string) => T) =>
    copies.flatMap((s) => list.map((item) => copy(item, s)));
  const ids = (list: readonly string[], s: string) => list.map((id) => id + s);
  const cond = (c: Condition, s: string): Condition => {
    if ('answer' in c) return { answer: c.answer + s, anyOf: c.anyOf };
    if ('situation' in c) return { situation: ids(c.situation, s) };
    if ('all' in c) return { all: c.all.map((x) => cond(x, s)) };
    if ('any' in c) return { any: c.any.map((x) => cond(x, s)) };
    if ('not' in c) return { not: cond(c.not, s) };
    return c;
  };
  const { situations, reasons, outcomes, carnet, workshop } = content;
  const scaled: Content = {
    ...content,
    situations: {
      ...situations,
      tags: many(situations.tags, (t, s) => t + s),
      situations: many(situations.situations, (x, s) => ({
        ...x,
        id: x.id + s,
        tags: ids(x.tags, s),
        extraQuestions: ids(x.extraQuestions, s),
      })),
    },
    postures: Object.fromEntries(
      POSTURES.map((p) => [
        p,
        {
          ...content.postures[p],
          questions: many(content.postures[p].questions, (q, s) => ({
            ...q,
            id: q.id + s,
            ...(q.condition ? { condition: cond(q.condition, s) } : {}),
            options: q.options.map((o) => ({
              ...o,
              ...(o.reason ? { reason: o.reason + s } : {}),
              advice: ids(o.advice, s),
              resources: ids(o.resources, s),
              flags: ids(o.flags, s),
            })),
          })),
        },
      ]),
    ) as Content['postures'],
    reasons: {
      ...reasons,
      sourceKinds: many(reasons.sourceKinds, (k, s) => ({ ...k, id: k.id + s })),
      reasons: many(reasons.reasons, (r, s) => ({
        ...r,
        id: r.id + s,
        source: r.source + s,
        resources: ids(r.resources, s),
      })),
    },
    outcomes: {
      ...outcomes,
      flags: many(outcomes.flags, (f, s) => f + s),
      outcomes: many(outcomes.outcomes, (o, s) => ({
        ...o,
        id: o.id + s,
        nextSteps: ids(o.nextSteps, s),
        resources: ids(o.resources, s),
      })),
      // A rule reading flags gets a copy per copied flag, right after it: same precedence.
      rules: outcomes.rules.flatMap((r) =>
        r.when.flags
          ? copies.map((s) => ({
              ...r,
              id: r.id + s,
              outcome: r.outcome + s,
              when: {
                ...r.when,
                flags: ids(r.when.flags!, s),
                ...(r.when.notFlags ? { notFlags: ids(r.when.notFlags, s) } : {}),
              },
            }))
          : [r],
      ),
    },
    carnet: {
      resourceKinds: many(carnet.resourceKinds, (k, s) => k + s),
      areas: carnet.areas,
      resources: many(carnet.resources, (r, s) => ({ ...r, id: r.id + s, kind: r.kind + s })),
      advice: many(carnet.advice, (a, s) => ({
        ...a,
        id: a.id + s,
        resources: ids(a.resources, s),
      })),
      practices: many(carnet.practices, (p, s) => ({ ...p, id: p.id + s })),
    },
    workshop: {
      ...workshop,
      cases: many(workshop.cases, (c, s) => ({
        ...c,
        id: c.id + s,
        situation: c.situation + s,
        prompts: Object.fromEntries(Object.entries(c.prompts).map(([q, p]) => [q + s, p])),
        suggested: Object.fromEntries(Object.entries(c.suggested).map(([q, a]) => [q + s, a])),
      })),
    },
  };

  const dir = mkdtempSync(join(tmpdir(), 'discerne-bench-'));
  const write = (file: string, value: unknown) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(value, null, 2));
  };
  write('content.json', scaled.manifest);
  write('situations.json', scaled.situations);
  for (const p of POSTURES) write(`postures/${p}.json`, scaled.postures[p]);
  write('reasons.json', scaled.reasons);
  write('outcomes.json', scaled.outcomes);
  write('carnet.json', scaled.carnet);
  write('jurisdictions.json', scaled.jurisdictions);
  write('workshop.json', scaled.workshop);

  // Texts: each key the scaled content needs takes the text of the key it was copied from.
  cpSync(join(source, 'locales'), join(dir, 'locales'), { recursive: true });
  const unsuffix = (key: string) => key.replace(/-x\d+(?=\.|_|$)/g, '');
  const jurisdictions = content.jurisdictions.jurisdictions.map((j) => j.id);
  for (const lng of content.manifest.languages) {
    const trees: Record<string, Record<string, unknown>> = {};
    for (const e of expectedKeys(scaled)) {
      const flat = flattenKeys(locales[lng]?.[e.namespace]);
      const original = unsuffix(e.key);
      const tree = (trees[e.namespace] ??= {});
      const put = (k: string, v: unknown) => {
        const parts = k.split('.');
        let node = tree;
        for (const part of parts.slice(0, -1))
          node = (node[part] ??= {}) as Record<string, unknown>;
        node[parts.at(-1)!] = v;
      };
      if (flat.has(original)) put(e.key, flat.get(original));
      else for (const j of jurisdictions) put(`${e.key}_${j}`, flat.get(`${original}_${j}`));
    }
    for (const [ns, tree] of Object.entries(trees)) write(`locales/${lng}/${ns}.json`, tree);
  }
  return dir;
}

function bench(label: string, dir: string, target: number) {
  const { content } = load(dir); // warm-up, and proof the set is valid
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    checkContent(dir);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const questions = POSTURES.reduce((n, p) => n + content.postures[p].questions.length, 0);
  console.log(
    `${label.padEnd(14)} ${String(questions).padStart(5)} questions ${String(content.outcomes.rules.length).padStart(4)} rules  median ${median.toFixed(1)} ms over ${ROUNDS} runs  (target < ${target} ms) ${median < target ? 'OK' : 'OVER'}`,
  );
}

bench('real content', 'content', 2000);
const large = writeScaled('content', FACTOR);
try {
  bench(`${FACTOR}× content`, large, 2000);
} finally {
  rmSync(large, { recursive: true, force: true });
}
