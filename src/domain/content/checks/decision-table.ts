// The decision table: every combination of the three verdicts and of the declared flags must
// choose exactly one outcome (the first matching rule: declared precedence), no rule may be dead,
// and worsening one posture's verdict may never choose a less cautious outcome.
//
// Rather than enumerating 27 × 2^flags points, we split the space into boxes the way a decision
// tree does: take the first rule that may match part of a box; if it matches all of it, that box
// is decided; otherwise split the box on one thing the rule tests. The boxes found are few, and
// exact, so holes, dead rules and monotonicity are read off them.
import type { Problem } from '../problem.ts';
import type { Content, DecisionRule, PostureId, Verdict } from '../types.ts';
import { POSTURES, VERDICTS } from '../types.ts';

const FILE = 'outcomes.json';

/** A set of cases: the verdicts still possible per posture, and flags known raised or not. */
interface Box {
  verdicts: Record<PostureId, Verdict[]>;
  flags: ReadonlyMap<string, boolean>;
}

interface Decided {
  box: Box;
  rule: number;
}

const covers = (allowed: readonly Verdict[] | undefined, possible: readonly Verdict[]) =>
  !allowed || possible.every((v) => allowed.includes(v));
const meets = (allowed: readonly Verdict[] | undefined, possible: readonly Verdict[]) =>
  !allowed || possible.some((v) => allowed.includes(v));

function mayMatch(rule: DecisionRule, box: Box): boolean {
  const { when } = rule;
  return (
    POSTURES.every((p) => meets(when[p], box.verdicts[p])) &&
    (when.flags ?? []).every((f) => box.flags.get(f) !== false) &&
    (when.notFlags ?? []).every((f) => box.flags.get(f) !== true)
  );
}

/** Splits a box the rule only partly matches into the part it matches and the rest. */
function split(rule: DecisionRule, box: Box): Box[] | null {
  const { when } = rule;
  for (const p of POSTURES) {
    const allowed = when[p];
    if (covers(allowed, box.verdicts[p])) continue;
    const inside = box.verdicts[p].filter((v) => allowed!.includes(v));
    const outside = box.verdicts[p].filter((v) => !allowed!.includes(v));
    return [inside, outside].map((vs) => ({ ...box, verdicts: { ...box.verdicts, [p]: vs } }));
  }
  for (const f of [...(when.flags ?? []), ...(when.notFlags ?? [])]) {
    if (box.flags.has(f)) continue;
    return [true, false].map((raised) => ({ ...box, flags: new Map(box.flags).set(f, raised) }));
  }
  return null; // the rule matches the whole box
}

/** Partitions every case into boxes, each decided by one rule (or by none: a hole). */
export function decisionBoxes(rules: readonly DecisionRule[]): {
  decided: Decided[];
  holes: Box[];
} {
  const decided: Decided[] = [];
  const holes: Box[] = [];
  const all: Box = {
    verdicts: { know: [...VERDICTS], want: [...VERDICTS], can: [...VERDICTS] },
    flags: new Map(),
  };
  const pending: Box[] = [all];
  while (pending.length > 0) {
    const box = pending.pop()!;
    const rule = rules.findIndex((r) => mayMatch(r, box));
    if (rule < 0) {
      holes.push(box);
      continue;
    }
    const parts = split(rules[rule]!, box);
    if (parts) pending.push(...parts);
    else decided.push({ box, rule });
  }
  return { decided, holes: mergeBoxes(holes) };
}

/** Joins boxes that differ in one posture only, so a hole is reported once, not piecemeal. */
function mergeBoxes(boxes: Box[]): Box[] {
  const out = [...boxes];
  const sameFlags = (a: Box, b: Box) =>
    a.flags.size === b.flags.size && [...a.flags].every(([f, on]) => b.flags.get(f) === on);
  const sameVerdicts = (a: readonly Verdict[], b: readonly Verdict[]) =>
    a.length === b.length && a.every((v) => b.includes(v));
  for (let merged = true; merged;) {
    merged = false;
    search: for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        if (!sameFlags(a, b)) continue;
        const differ = POSTURES.filter((p) => !sameVerdicts(a.verdicts[p], b.verdicts[p]));
        if (differ.length !== 1) continue;
        const p = differ[0]!;
        const union = VERDICTS.filter(
          (v) => a.verdicts[p].includes(v) || b.verdicts[p].includes(v),
        );
        out[i] = { ...a, verdicts: { ...a.verdicts, [p]: union } };
        out.splice(j, 1);
        merged = true;
        break search;
      }
  }
  return out;
}

function describe(
  verdicts: Partial<Record<PostureId, readonly Verdict[]>>,
  flags: Box['flags'],
): string {
  const v = POSTURES.filter((p) => verdicts[p])
    .map((p) => `${p}=${verdicts[p]!.join('|')}`)
    .join(', ');
  const raised = [...flags].filter(([, on]) => on).map(([f]) => f);
  const lowered = [...flags].filter(([, on]) => !on).map(([f]) => f);
  const parts = [v];
  if (raised.length) parts.push(`flags raised: ${raised.join(', ')}`);
  if (lowered.length) parts.push(`flags not raised: ${lowered.join(', ')}`);
  return parts.join('; ');
}

/** Whether two boxes' flag assumptions can hold together. */
function flagsAgree(a: Box['flags'], b: Box['flags']): boolean {
  for (const [f, on] of a) if (b.has(f) && b.get(f) !== on) return false;
  return true;
}

export function checkDecisionTable(content: Content): Problem[] {
  const problems: Problem[] = [];
  const { rules, outcomes } = content.outcomes;
  const { decided, holes } = decisionBoxes(rules);

  for (const hole of holes)
    problems.push({
      file: FILE,
      path: 'rules',
      message: `no rule decides the case ${describe(hole.verdicts, hole.flags)}: add a rule or a catch-all at the end`,
    });

  const chosen = new Set(decided.map((d) => d.rule));
  rules.forEach((r, i) => {
    if (!chosen.has(i))
      problems.push({
        file: FILE,
        path: `rules[${i}]`,
        message: `rule "${r.id}" can never be chosen: earlier rules decide every case it matches`,
      });
  });

  // Monotonicity: for boxes a and b sharing a case up to one posture, where b's verdict for that
  // posture is one step worse than a's, b's outcome must be at least as cautious as a's.
  const caution = new Map(outcomes.map((o) => [o.id, o.caution]));
  const cautionOf = (d: Decided) => caution.get(rules[d.rule]!.outcome);
  const reported = new Set<string>();
  for (const a of decided)
    for (const b of decided) {
      const ca = cautionOf(a);
      const cb = cautionOf(b);
      if (ca === undefined || cb === undefined || cb >= ca) continue;
      if (!flagsAgree(a.box.flags, b.box.flags)) continue;
      for (const p of POSTURES) {
        const others = POSTURES.filter((o) => o !== p);
        if (!others.every((o) => a.box.verdicts[o].some((v) => b.box.verdicts[o].includes(v))))
          continue;
        const step = VERDICTS.findIndex(
          (v, i) =>
            i + 1 < VERDICTS.length &&
            a.box.verdicts[p].includes(v) &&
            b.box.verdicts[p].includes(VERDICTS[i + 1]!),
        );
        if (step < 0) continue;
        const key = `${a.rule}>${b.rule}:${p}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const shared = Object.fromEntries(
          others.map((o) => [o, a.box.verdicts[o].filter((v) => b.box.verdicts[o].includes(v))]),
        ) as Partial<Record<PostureId, Verdict[]>>;
        const flags = new Map([...a.box.flags, ...b.box.flags]);
        const ra = rules[a.rule]!;
        const rb = rules[b.rule]!;
        problems.push({
          file: FILE,
          path: `rules[${b.rule}]`,
          message:
            `not monotone: with ${describe(shared, flags)}: ` +
            `${p} ${VERDICTS[step]} → ${VERDICTS[step + 1]} goes from outcome "${ra.outcome}" (caution ${ca}, rule "${ra.id}") ` +
            `to the less cautious "${rb.outcome}" (caution ${cb}, rule "${rb.id}")`,
        });
      }
    }
  return problems;
}
