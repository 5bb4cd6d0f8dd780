// A layered layout of the decision map, deterministic and without the DOM: one layer (column) per
// posture, then the verdicts and flags, the decision table and the outcomes. Within a posture the
// questions keep the order the wizard asks them; a conditional question is indented under the
// questions before it, with a line from each answer that opens it. Text is wrapped by an
// estimate of its width, so node, the CLI and the browser draw the same picture (ADR 0018).
import type { Signal } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import type { DecisionMap, EdgeKind, MapNode, OptionNode, QuestionNode } from './build.ts';
import type { MapHighlight } from './highlight.ts';
import {
  BETTER_MARK,
  FLAG_MARK,
  PATH_MARK,
  SIGNAL_SYMBOL,
  VERDICT_MARK,
  type MapWords,
} from './words.ts';

export const FONT_SIZE = 11;
const LINE = 14;
const PAD = 6;
const BOX_WIDTH = 182;
const GUTTER = 34;
const INDENT = 14;
const GAP = 10;
const TITLE_SIZE = 15;
/** Average advance of a character in a sans-serif font, as a share of its size (generous, so
 *  estimated lines never overflow their box in the fonts browsers and viewers pick). */
const CHAR_WIDTH = 0.56;

export interface TextLine {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A row inside a box (an option, a verdict, a flag): a node of the map. */
export interface LaidRow {
  node: string;
  y: number;
  height: number;
  on: boolean;
  /** On the way to the nearest less cautious outcome (drawn with a dashed frame). */
  alt: boolean;
  lines: TextLine[];
}

export interface LaidBox {
  /** The map node the box stands for, or a group's id ("verdicts:know", "flags"). */
  id: string;
  kind: 'question' | 'verdicts' | 'flags' | 'rule' | 'outcome';
  x: number;
  y: number;
  width: number;
  height: number;
  /** A conditional question: drawn dashed, as well as indented. */
  conditional: boolean;
  on: boolean;
  alt: boolean;
  lines: TextLine[];
  rows: LaidRow[];
}

export interface LaidEdge {
  id: string;
  kind: EdgeKind;
  /** SVG path data. */
  d: string;
  on: boolean;
  negated: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  /** Whether a case is placed on the map (off-path lines are then drawn lighter). */
  highlighted: boolean;
  title: TextLine;
  legend: TextLine[];
  headings: TextLine[];
  boxes: LaidBox[];
  edges: LaidEdge[];
}

/** Greedy word wrap by estimated width; a word longer than the line is cut. */
export function wrap(text: string, width: number, size = FONT_SIZE): string[] {
  const max = Math.max(4, Math.floor(width / (size * CHAR_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > max) {
      if (line) lines.push(line);
      lines.push(w.slice(0, max));
      line = '';
      w = w.slice(max);
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** Lines of text from a top edge; returns the lines and the height they take. */
function block(
  text: string,
  x: number,
  top: number,
  width: number,
  style: Pick<TextLine, 'bold' | 'italic'> = {},
): { lines: TextLine[]; height: number } {
  // Bold letters are wider: wrap them shorter.
  const lines = wrap(text, style.bold ? width * 0.9 : width).map((t, i) => ({
    x,
    y: top + (i + 1) * LINE - 3,
    text: t,
    ...style,
  }));
  return { lines, height: lines.length * LINE };
}

interface Ports {
  left: Point;
  right: Point;
}

const columnX = (column: number) => GUTTER + column * (BOX_WIDTH + GUTTER);

function signalText(signal: Signal, words: MapWords): string {
  return `${SIGNAL_SYMBOL[signal]} ${words.signal(signal)}`;
}

export function layoutMap(map: DecisionMap, words: MapWords, lit?: MapHighlight): MapLayout {
  const on = (id: string) => lit?.nodes.has(id) ?? false;
  const alt = (id: string) => lit?.betterNodes.has(id) ?? false;
  /** The marks before a node's words: on the path ➤, on the way to a nearer outcome ◇. */
  const marks = (id: string) =>
    `${on(id) ? `${PATH_MARK} ` : ''}${alt(id) ? `${BETTER_MARK} ` : ''}`;
  const ports = new Map<string, Ports>();
  const boxes: LaidBox[] = [];

  const title: TextLine = { x: GUTTER, y: 22, text: words.title, bold: true, size: TITLE_SIZE };
  const legendText = [
    words.legend,
    ...(['fine', 'unsure', 'action', 'blocking'] as const).map((s) => signalText(s, words)),
    `${FLAG_MARK} ${words.flagsHeading}`,
  ].join('   ');
  const legendWidth = 6 * (BOX_WIDTH + GUTTER) - GUTTER;
  let top = 34;
  const legend: TextLine[] = [];
  const legendCase = [
    ...(lit ? [`${PATH_MARK} ${words.legendPath}`] : []),
    ...(lit?.better ? [`${BETTER_MARK} ${words.legendBetter}`] : []),
  ];
  for (const text of [legendText, ...(legendCase.length > 0 ? [legendCase.join('   ')] : [])]) {
    const b = block(text, GUTTER, top, legendWidth);
    legend.push(...b.lines);
    top += b.height;
  }
  top += GAP;

  const headingTexts = [
    ...POSTURES.map((p) => words.posture(p)),
    words.verdictsHeading,
    words.rulesHeading,
    words.outcomesHeading,
  ];
  const headings: TextLine[] = [];
  let headingHeight = 0;
  headingTexts.forEach((text, column) => {
    const b = block(text, columnX(column), top, BOX_WIDTH, { bold: true });
    headings.push(...b.lines);
    headingHeight = Math.max(headingHeight, b.height);
  });
  const start = top + headingHeight + GAP;
  const bottoms: number[] = [];

  // Postures: questions with their options as rows.
  const byQuestion = new Map<string, OptionNode[]>();
  for (const n of map.nodes)
    if (n.kind === 'option') byQuestion.set(n.question, [...(byQuestion.get(n.question) ?? []), n]);
  POSTURES.forEach((posture, column) => {
    let y = start;
    const questions = map.nodes.filter(
      (n): n is QuestionNode => n.kind === 'question' && n.posture === posture,
    );
    for (const q of questions) {
      const conditional = q.opensWhen !== undefined;
      const x = columnX(column) + (conditional ? INDENT : 0);
      const width = BOX_WIDTH - (conditional ? INDENT : 0);
      const inner = width - 2 * PAD;
      let cursor = y + PAD;
      const lines: TextLine[] = [];
      if (conditional) {
        const b = block(`↳ ${words.condition(q.opensWhen!)}`, x + PAD, cursor, inner, {
          italic: true,
        });
        lines.push(...b.lines);
        cursor += b.height;
      }
      const mark = on(q.id) ? `${PATH_MARK} ` : '';
      const head = block(
        `${mark}${words.questionNumber(q.number)} ${words.question(q.question)}`,
        x + PAD,
        cursor,
        inner,
        {
          bold: true,
        },
      );
      lines.push(...head.lines);
      ports.set(q.id, {
        left: { x, y: head.lines[0]!.y - 4 },
        right: { x: x + width, y: head.lines[0]!.y - 4 },
      });
      cursor += head.height;
      if (q.several) {
        const b = block(words.several, x + PAD, cursor, inner, { italic: true });
        lines.push(...b.lines);
        cursor += b.height;
      }
      const rows: LaidRow[] = [];
      for (const o of byQuestion.get(q.question) ?? []) {
        const rowTop = cursor + 2;
        const chosen = on(o.id);
        // Symbol first (to scan), then the answer, then the signal's word: never symbol alone.
        const parts = [
          `${marks(o.id)}${SIGNAL_SYMBOL[o.signal]} ${words.option(o.question, o.option)}${o.exclusive ? ` (${words.alone})` : ''} (${words.signal(o.signal)})`,
          ...o.flags.map((f) => `${FLAG_MARK} ${words.flag(f)}`),
        ];
        const rowLines: TextLine[] = [];
        let rowCursor = rowTop;
        parts.forEach((text, i) => {
          const b = block(
            text,
            x + PAD + (i === 0 ? 0 : 10),
            rowCursor,
            inner - (i === 0 ? 0 : 10),
            {
              bold: chosen && i === 0,
            },
          );
          rowLines.push(...b.lines);
          rowCursor += b.height;
        });
        const height = rowCursor - rowTop;
        rows.push({ node: o.id, y: rowTop, height, on: chosen, alt: alt(o.id), lines: rowLines });
        const portY = rowTop + LINE / 2;
        ports.set(o.id, { left: { x, y: portY }, right: { x: x + width, y: portY } });
        cursor = rowCursor;
      }
      const height = cursor + PAD - y;
      boxes.push({
        id: q.id,
        kind: 'question',
        x,
        y,
        width,
        height,
        conditional,
        on: on(q.id),
        alt: false,
        lines,
        rows,
      });
      y += height + GAP;
    }
    bottoms.push(y);
  });

  // A box of rows (a posture's verdicts, the flags) in the verdicts column.
  const rowBox = (
    id: string,
    kind: 'verdicts' | 'flags',
    y: number,
    heading: string,
    rows: { node: string; text: string }[],
  ): number => {
    const x = columnX(3);
    const inner = BOX_WIDTH - 2 * PAD;
    const head = block(heading, x + PAD, y + PAD, inner, { bold: true });
    let cursor = y + PAD + head.height;
    const laid: LaidRow[] = rows.map((r) => {
      const lit = on(r.node);
      const b = block(`${marks(r.node)}${r.text}`, x + PAD, cursor + 2, inner, {
        bold: lit,
      });
      const row = {
        node: r.node,
        y: cursor + 2,
        height: b.height,
        on: lit,
        alt: alt(r.node),
        lines: b.lines,
      };
      const portY = cursor + 2 + LINE / 2;
      ports.set(r.node, { left: { x, y: portY }, right: { x: x + BOX_WIDTH, y: portY } });
      cursor += b.height + 2;
      return row;
    });
    const height = cursor + PAD - y;
    boxes.push({
      id,
      kind,
      x,
      y,
      width: BOX_WIDTH,
      height,
      conditional: false,
      on: laid.some((r) => r.on),
      alt: false,
      lines: head.lines,
      rows: laid,
    });
    return y + height + GAP;
  };
  let y = start;
  for (const posture of POSTURES) {
    const rows = map.nodes
      .filter((n) => n.kind === 'verdict' && n.posture === posture)
      .map((n) => ({
        node: n.id,
        text: n.kind === 'verdict' ? `${VERDICT_MARK[n.verdict]} ${words.verdict(n.verdict)}` : '',
      }));
    y = rowBox(`verdicts:${posture}`, 'verdicts', y, words.posture(posture), rows);
  }
  const flagRows = map.nodes.flatMap((n) =>
    n.kind === 'flag' ? [{ node: n.id, text: `${FLAG_MARK} ${words.flag(n.flag)}` }] : [],
  );
  if (flagRows.length > 0) y = rowBox('flags', 'flags', y, words.flagsHeading, flagRows);
  bottoms.push(y);

  // The decision table, one box per rule, in the order they are tried.
  y = start;
  const simpleBox = (n: MapNode, column: number, top: number, heading: string, text?: string) => {
    const x = columnX(column);
    const inner = BOX_WIDTH - 2 * PAD;
    const lit = on(n.id);
    const head = block(`${marks(n.id)}${heading}`, x + PAD, top + PAD, inner, {
      bold: true,
    });
    const body = text
      ? block(text, x + PAD, top + PAD + head.height, inner, { bold: lit })
      : { lines: [], height: 0 };
    const height = 2 * PAD + head.height + body.height;
    boxes.push({
      id: n.id,
      kind: n.kind === 'rule' ? 'rule' : 'outcome',
      x,
      y: top,
      width: BOX_WIDTH,
      height,
      conditional: false,
      on: lit,
      alt: alt(n.id),
      lines: [...head.lines, ...body.lines],
      rows: [],
    });
    const portY = top + PAD + LINE / 2;
    ports.set(n.id, { left: { x, y: portY }, right: { x: x + BOX_WIDTH, y: portY } });
    return top + height + GAP;
  };
  for (const n of map.nodes)
    if (n.kind === 'rule') y = simpleBox(n, 4, y, words.ruleNumber(n.number), words.rule(n.rule));
  bottoms.push(y);

  // Outcomes sit level with the rules that lead to them, in their order, never overlapping.
  y = start;
  for (const n of map.nodes) {
    if (n.kind !== 'outcome') continue;
    const from = map.edges
      .filter((e) => e.kind === 'decides' && e.to === n.id)
      .map((e) => ports.get(e.from)?.right.y)
      .filter((v): v is number => v !== undefined);
    const wanted =
      from.length > 0 ? from.reduce((a, b) => a + b, 0) / from.length - PAD - LINE / 2 : y;
    y = simpleBox(n, 5, Math.max(y, Math.round(wanted)), words.outcome(n.outcome));
  }
  bottoms.push(y);

  const edges: LaidEdge[] = [];
  const columnOf = new Map<string, number>();
  for (const b of boxes) {
    const column = Math.round((b.x - GUTTER) / (BOX_WIDTH + GUTTER));
    columnOf.set(b.id, column);
    for (const r of b.rows) columnOf.set(r.node, column);
  }
  for (const e of map.edges) {
    if (e.kind === 'offers' || e.kind === 'weighs') continue; // drawn as rows and symbols
    const a = ports.get(e.from);
    const b = ports.get(e.to);
    if (!a || !b) continue;
    const same = columnOf.get(e.from) === columnOf.get(e.to);
    let d: string;
    if (same) {
      // Within a posture: out of the answer's left side, round through the gutter, into the
      // conditional question's left side.
      const bend = GUTTER - 6;
      d = `M${a.left.x} ${a.left.y}C${a.left.x - bend} ${a.left.y} ${b.left.x - bend - INDENT} ${b.left.y} ${b.left.x} ${b.left.y}`;
    } else {
      const s = a.right;
      const t = b.left;
      const mid = Math.min(GUTTER * 1.5, (t.x - s.x) / 2);
      d = `M${s.x} ${s.y}C${s.x + mid} ${s.y} ${t.x - mid} ${t.y} ${t.x} ${t.y}`;
    }
    edges.push({
      id: e.id,
      kind: e.kind,
      d,
      on: lit?.edges.has(e.id) ?? false,
      negated: e.negated ?? false,
    });
  }

  return {
    width: columnX(6),
    height: Math.max(...bottoms) + GAP,
    highlighted: lit !== undefined,
    title,
    legend,
    headings,
    boxes,
    edges,
  };
}

/**
 * Horizontal bands of the drawing for paper, each at most `bandHeight` tall. The next band starts
 * at the top of any box the cut went through, so every box is printed whole at least once; the
 * cut is chosen (in the lower 40 % of the band) so that the next band starts as low as possible.
 */
export function printBands(layout: MapLayout, bandHeight: number): [number, number][] {
  const bands: [number, number][] = [];
  let top = 0;
  const restartAt = (y: number) =>
    Math.min(y, ...layout.boxes.filter((b) => b.y < y && b.y + b.height > y).map((b) => b.y - 4));
  while (top + bandHeight < layout.height) {
    let cut = top + bandHeight;
    let next = restartAt(cut);
    for (let y = top + bandHeight; y >= top + bandHeight * 0.6; y -= 2) {
      const r = restartAt(y);
      if (r > next) [cut, next] = [y, r];
    }
    bands.push([top, cut]);
    // Always move on, even past a box taller than a band.
    top = Math.max(top + bandHeight * 0.3, next);
  }
  bands.push([top, layout.height]);
  return bands;
}
