// The decision map is the content's logic and nothing else: every question, option and decision
// rule once, the edges the content implies, and a walk over the map alone gives the engine's path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition, Content, JurisdictionId } from '../../src/domain/content/types';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate, postureQuestions, questionsRead } from '../../src/domain/engine';
import { whatWouldChange } from '../../src/domain/engine/change';
import { signalVerdict } from '../../src/domain/engine/evaluate';
import {
  buildMap,
  edgeId,
  highlight,
  nearestBetter,
  layoutMap,
  nodeId,
  printBands,
  renderSvg,
  walkMap,
  type DecisionMap,
  type MapWords,
} from '../../src/domain/map';
import { answersArb, allQuestions, caseArb } from '../support/arbitraries';
import { realContent } from '../support/content';
import { PLAUSIBLE_LEVERS, withLevers } from '../support/levers';

const content = realContent();
const combos = content.situations.situations.flatMap((s) =>
  content.jurisdictions.jurisdictions.map((j) => [s.id, j.id] as [string, JurisdictionId]),
);

const count = <T>(items: T[], item: T) => items.filter((x) => x === item).length;

/** Words that are the ids themselves: enough to lay out and draw, and easy to find again. */
const idWords: MapWords = {
  title: 'map <&> "test"',
  posture: (p) => `posture ${p}`,
  verdictsHeading: 'verdicts',
  flagsHeading: 'flags',
  rulesHeading: 'rules',
  outcomesHeading: 'outcomes',
  questionNumber: (n) => `${n}.`,
  question: (id) => `question ${id}`,
  option: (q, o) => `option ${q} ${o}`,
  several: 'several',
  alone: 'alone',
  signal: (s) => s,
  verdict: (v) => v,
  flag: (f) => `flag ${f}`,
  rule: (id) => `rule ${id}`,
  ruleNumber: (n) => `rule ${n}`,
  outcome: (id) => `outcome ${id}`,
  condition: (c) => `if ${JSON.stringify(c)}`,
  onPath: 'on path',
  legend: 'legend',
  legendPath: 'path',
  legendBetter: 'better',
};

describe.each(combos)('the map of %s in %s', (situation, jurisdiction) => {
  const map = buildMap(content, situation, jurisdiction);
  const ids = map.nodes.map((n) => n.id);
  const questions = map.nodes.flatMap((n) => (n.kind === 'question' ? [n] : []));
  const onMap = new Set(questions.map((q) => q.question));

  it('has every node once', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(map.edges.map((e) => e.id)).size).toBe(map.edges.length);
  });

  it('has the situation’s questions in the wizard’s order, leaving out only those its situation or country never opens', () => {
    const expected = POSTURES.flatMap((p) => postureQuestions(content, p, situation));
    const kept = expected.filter((q) => onMap.has(q.id)).map((q) => q.id);
    expect(questions.map((q) => q.question)).toEqual(kept);
    expect(questions.map((q) => q.number)).toEqual(kept.map((_, i) => i + 1));
    // Left out: a condition that reads the situation or country, or an answer never on the path.
    for (const q of expected.filter((q) => !onMap.has(q.id))) expect(q.condition).toBeDefined();
  });

  it('has every option of each question once, with its signal, its verdict and its flags', () => {
    for (const q of allQuestions(content).filter((q) => onMap.has(q.id)))
      for (const o of q.options) {
        const oid = nodeId.option(q.id, o.id);
        expect(count(ids, oid)).toBe(1);
        const node = map.nodes.find((n) => n.id === oid && n.kind === 'option');
        expect(node).toMatchObject({ kind: 'option', signal: o.signal, flags: o.flags });
        expect(map.edges.filter((e) => e.to === oid)).toEqual([
          {
            id: edgeId(nodeId.question(q.id), oid),
            kind: 'offers',
            from: nodeId.question(q.id),
            to: oid,
          },
        ]);
        const weighs = map.edges.filter((e) => e.from === oid && e.kind === 'weighs');
        expect(weighs.map((e) => e.to)).toEqual([
          nodeId.verdict(node!.kind === 'option' ? node!.posture : 'know', signalVerdict(o.signal)),
        ]);
        const raises = map.edges.filter((e) => e.from === oid && e.kind === 'raises');
        expect(raises.map((e) => e.to)).toEqual(o.flags.map(nodeId.flag));
      }
    expect(map.nodes.filter((n) => n.kind === 'option')).toHaveLength(
      allQuestions(content)
        .filter((q) => onMap.has(q.id))
        .reduce((n, q) => n + q.options.length, 0),
    );
  });

  it('attaches each conditional question to answers its condition names, on earlier questions', () => {
    for (const q of questions) {
      const opens = map.edges.filter((e) => e.kind === 'opens' && e.to === q.id);
      if (!q.opensWhen) {
        expect(opens).toEqual([]);
        continue;
      }
      expect(opens.length).toBeGreaterThan(0);
      const source = allQuestions(content).find((c) => c.id === q.question)!;
      const read = questionsRead(source.condition as Condition);
      for (const e of opens) {
        const from = map.nodes.find((n) => n.id === e.from);
        expect(from?.kind).toBe('option');
        if (from?.kind !== 'option') continue;
        expect(read).toContain(from.question);
        expect(questions.find((x) => x.question === from.question)!.number).toBeLessThan(q.number);
      }
    }
  });

  it('has the three verdicts of each posture, every rule once in order, and every outcome', () => {
    for (const p of POSTURES)
      for (const v of ['clear', 'conditions', 'blocked'] as const)
        expect(count(ids, nodeId.verdict(p, v))).toBe(1);
    const rules = map.nodes.flatMap((n) => (n.kind === 'rule' ? [n] : []));
    expect(rules.map((r) => r.rule)).toEqual(content.outcomes.rules.map((r) => r.id));
    for (const rule of content.outcomes.rules) {
      const rid = nodeId.rule(rule.id);
      expect(map.edges.filter((e) => e.from === rid)).toEqual([
        {
          id: edgeId(rid, nodeId.outcome(rule.outcome)),
          kind: 'decides',
          from: rid,
          to: nodeId.outcome(rule.outcome),
        },
      ]);
      const reads = map.edges
        .filter((e) => e.to === rid)
        .map((e) => `${e.from}${e.negated ? '!' : ''}`);
      expect(reads.sort()).toEqual(
        [
          ...POSTURES.flatMap((p) => (rule.when[p] ?? []).map((v) => nodeId.verdict(p, v))),
          ...(rule.when.flags ?? []).map(nodeId.flag),
          ...(rule.when.notFlags ?? []).map((f) => `${nodeId.flag(f)}!`),
        ].sort(),
      );
    }
    for (const o of content.outcomes.outcomes) expect(count(ids, nodeId.outcome(o.id))).toBe(1);
  });

  it('lays every node out once and draws the same SVG every time', () => {
    const layout = layoutMap(map, idWords);
    const drawn = layout.boxes.flatMap((b) => [b.id, ...b.rows.map((r) => r.node)]);
    for (const n of map.nodes) expect(count(drawn, n.id)).toBe(1);
    // Boxes of one column (a conditional question is indented within it) never overlap.
    const columnOf = (x: number) => Math.floor(x / 216);
    const sorted = [...layout.boxes].sort((a, b) => columnOf(a.x) - columnOf(b.x) || a.y - b.y);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (columnOf(a.x) === columnOf(b.x)) expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    }
    expect(renderSvg(layout, idWords)).toBe(renderSvg(layoutMap(map, idWords), idWords));
  });

  it('prints in page-tall bands that cover the drawing, each box whole at least once', () => {
    const layout = layoutMap(map, idWords);
    const page = Math.floor(layout.width * 0.66);
    const bands = printBands(layout, page);
    expect(bands[0]![0]).toBe(0);
    expect(bands.at(-1)![1]).toBe(layout.height);
    for (const [i, [top, bottom]] of bands.entries()) {
      expect(bottom - top).toBeLessThanOrEqual(page);
      if (i > 0) expect(top).toBeLessThanOrEqual(bands[i - 1]![1]);
    }
    for (const b of layout.boxes)
      if (b.height <= page * 0.3)
        expect(bands.some(([top, bottom]) => b.y >= top && b.y + b.height <= bottom)).toBe(true);
  });
});

/** Any situation and country, with some questions left unanswered or answered wrongly. */
function partialCaseArb(c: Content) {
  const someAnswers = answersArb(c).chain((answers) =>
    fc
      .record(Object.fromEntries(Object.keys(answers).map((k) => [k, fc.nat(9)])))
      .map((dice) =>
        Object.fromEntries(
          Object.entries(answers).flatMap(([k, v]) =>
            dice[k]! === 0 ? [] : dice[k]! === 1 ? [[k, ['not-an-option']]] : [[k, v]],
          ),
        ),
      ),
  );
  return fc.record({
    jurisdiction: fc.constantFrom(...c.jurisdictions.jurisdictions.map((j) => j.id)),
    situation: fc.constantFrom(...c.situations.situations.map((s) => s.id)),
    answers: someAnswers,
  });
}

describe('the case on the map', () => {
  const maps = new Map<string, DecisionMap>();
  const mapOf = (s: string, j: JurisdictionId) => {
    const k = `${s}/${j}`;
    if (!maps.has(k)) maps.set(k, buildMap(content, s, j));
    return maps.get(k)!;
  };

  it('walking the map alone gives the engine’s path, for any answers', () => {
    fc.assert(
      fc.property(partialCaseArb(content), (input) => {
        const map = mapOf(input.situation, input.jurisdiction);
        const e = evaluate(content, input);
        expect(walkMap(map, input.answers)).toEqual(POSTURES.flatMap((p) => e.path[p]));
      }),
      { numRuns: 400 },
    );
  });

  it('highlights the engine’s path: the answers given, the verdicts, the rule and its outcome', () => {
    fc.assert(
      fc.property(partialCaseArb(content), (input) => {
        const map = mapOf(input.situation, input.jurisdiction);
        const e = evaluate(content, input);
        const lit = highlight(map, input, e);
        const litQuestions = map.nodes.flatMap((n) =>
          n.kind === 'question' && lit.nodes.has(n.id) ? [n.question] : [],
        );
        expect(litQuestions).toEqual(POSTURES.flatMap((p) => e.path[p]));
        const litOptions = map.nodes.flatMap((n) =>
          n.kind === 'option' && lit.nodes.has(n.id) ? [`${n.question}=${n.option}`] : [],
        );
        const given = POSTURES.flatMap((p) => e.path[p])
          .filter((q) => !e.missing.includes(q))
          .flatMap((q) => input.answers[q]!.map((o) => `${q}=${o}`));
        expect(litOptions.sort()).toEqual(given.sort());
        for (const p of POSTURES) {
          const litVerdicts = map.nodes.filter(
            (n) => n.kind === 'verdict' && n.posture === p && lit.nodes.has(n.id),
          );
          const done = e.path[p].every((q) => !e.missing.includes(q));
          expect(litVerdicts.map((n) => n.kind === 'verdict' && n.verdict)).toEqual(
            done ? [e.postures[p].verdict] : [],
          );
        }
        const litRules = map.nodes.filter((n) => n.kind === 'rule' && lit.nodes.has(n.id));
        expect(litRules.map((n) => n.kind === 'rule' && n.rule)).toEqual(
          e.outcome ? [e.outcome.rule] : [],
        );
        // Every lit edge joins two lit nodes, and the fired rule's outcome is reached by one.
        for (const id of lit.edges) {
          const edge = map.edges.find((x) => x.id === id)!;
          expect(lit.nodes.has(edge.from) && lit.nodes.has(edge.to)).toBe(true);
        }
        if (e.outcome)
          expect(
            lit.edges.has(edgeId(nodeId.rule(e.outcome.rule), nodeId.outcome(e.outcome.id))),
          ).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('marks the nearest less cautious outcome: the answers to give, its rule and outcome', () => {
    // The real content marks its levers itself (or not yet): a chosen set of plausible ones here.
    const levered = withLevers(content, (q) => PLAUSIBLE_LEVERS.includes(q));
    let seen = 0;
    fc.assert(
      fc.property(caseArb(levered), (input) => {
        const map = buildMap(levered, input.situation!, input.jurisdiction);
        const e = evaluate(levered, input);
        const all = whatWouldChange(levered, input, e);
        const nearest = nearestBetter(all);
        const lit = highlight(map, input, e, nearest);
        if (!nearest) {
          expect(lit.better).toBeNull();
          expect(lit.betterNodes.size).toBe(0);
          return;
        }
        seen++;
        expect(nearest.edits.length).toBe(Math.min(...all.map((s) => s.edits.length)));
        expect(nearest.caution).toBeLessThan(e.outcome!.caution);
        expect([...lit.betterNodes].sort()).toEqual(
          [
            ...nearest.edits.flatMap((x) => x.to.map((o) => nodeId.option(x.question, o))),
            nodeId.rule(nearest.rule),
            nodeId.outcome(nearest.outcome),
          ].sort(),
        );
      }),
      { numRuns: 200 },
    );
    // The property is not vacuous: some random cases have a nearer outcome.
    expect(seen).toBeGreaterThan(0);
  });

  it('opens a conditional question from the answer that opens it in the content', () => {
    // know.colleague opens after "partly" or "no" to know.skills (content/postures/know.json).
    const skills = content.postures.know.questions.find((q) => q.id === 'know.colleague');
    if (!skills?.condition || !('answer' in skills.condition)) return;
    const map = buildMap(content, content.situations.situations[0]!.id, 'BE');
    const opened = map.edges
      .filter((e) => e.kind === 'opens' && e.to === nodeId.question('know.colleague'))
      .map((e) => e.from);
    expect(opened).toEqual(
      skills.condition.anyOf.map((o) =>
        nodeId.option((skills.condition as { answer: string }).answer, o),
      ),
    );
  });

  it('escapes the words it draws', () => {
    const map = buildMap(content, content.situations.situations[0]!.id, 'BE');
    const svg = renderSvg(layoutMap(map, idWords), idWords);
    expect(svg).toContain('map &lt;&amp;&gt; &quot;test&quot;');
    expect(svg).not.toContain('<&>');
  });
});
