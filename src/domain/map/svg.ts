// The laid-out map as an SVG string: the same drawing for the page and for `npm run content:map`.
// Presentation attributes only (no style attribute, no script), so it passes the app's strict CSP
// when inlined, and grey on paper still reads: the path is thicker and marked ➤, never a colour.
import { FONT_SIZE, type LaidBox, type MapLayout, type TextLine } from './layout.ts';
import type { MapWords } from './words.ts';

const INK = '#1a1a1a';
const MUTED = '#6b6b6b';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

function text(line: TextLine): string {
  const attrs = [
    `x="${line.x}"`,
    `y="${line.y}"`,
    line.bold ? 'font-weight="700"' : '',
    line.italic ? 'font-style="italic"' : '',
    line.size ? `font-size="${line.size}"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(line.text)}</text>`;
}

function box(b: LaidBox): string {
  const stroke = b.on || b.alt ? 'stroke-width="3"' : 'stroke-width="1"';
  const dash = b.conditional || (b.alt && !b.on) ? ' stroke-dasharray="5 3"' : '';
  const rows = b.rows.map((r) => {
    // The case's answer framed solid, the answer that would lead nearer framed dashed.
    const frame =
      r.on || r.alt
        ? `<rect x="${b.x + 2}" y="${r.y - 1}" width="${b.width - 4}" height="${r.height + 2}" fill="none" stroke="${INK}" stroke-width="2"${r.on ? '' : ' stroke-dasharray="3 2"'}/>`
        : '';
    return `<g data-node="${escapeXml(r.node)}"${r.on ? ' data-on="true"' : ''}${r.alt ? ' data-better="true"' : ''}>${frame}${r.lines.map(text).join('')}</g>`;
  });
  return [
    `<g data-node="${escapeXml(b.id)}"${b.on ? ' data-on="true"' : ''}${b.alt ? ' data-better="true"' : ''}>`,
    `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="4" fill="#ffffff" stroke="${INK}" ${stroke}${dash}/>`,
    ...b.lines.map(text),
    ...rows,
    '</g>',
  ].join('');
}

export interface SvgOptions {
  /** Prefix of the ids inside (title, arrow heads): one per SVG in a document. */
  id?: string;
  /** Only this band of the drawing, [top, bottom] (printBands). */
  band?: [number, number];
}

/** The SVG document of a laid-out map. `words.title` is its accessible name. */
export function renderSvg(layout: MapLayout, words: MapWords, options: SvgOptions = {}): string {
  const id = options.id ?? 'dm';
  const [top, bottom] = options.band ?? [0, layout.height];
  const height = bottom - top;
  const edges = layout.edges.map((e) => {
    const faint = layout.highlighted && !e.on;
    const attrs = [
      `d="${e.d}"`,
      'fill="none"',
      `stroke="${faint ? MUTED : INK}"`,
      `stroke-width="${e.on ? 3 : 1}"`,
      e.negated ? 'stroke-dasharray="2 3"' : '',
      `marker-end="url(#${id}-arrow${e.on ? '-on' : ''})"`,
      `data-edge="${escapeXml(e.id)}"`,
      e.on ? 'data-on="true"' : '',
    ].filter(Boolean);
    return `<path ${attrs.join(' ')}/>`;
  });
  const marker = (id: string, size: number) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="${size}" markerHeight="${size}" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${INK}"/></marker>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 ${top} ${layout.width} ${height}" width="${layout.width}" height="${height}" role="img" aria-labelledby="${id}-title" font-family="${FONT}" font-size="${FONT_SIZE}" fill="${INK}">`,
    `<title id="${id}-title">${escapeXml(words.title)}</title>`,
    `<defs>${marker(`${id}-arrow`, 7)}${marker(`${id}-arrow-on`, 4)}</defs>`,
    `<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
    text(layout.title),
    ...layout.legend.map(text),
    ...layout.headings.map(text),
    // Lines under the boxes: one that crosses a column passes behind it and comes out the other side.
    `<g>${edges.join('')}</g>`,
    ...layout.boxes.map(box),
    '</svg>',
  ].join('\n');
}
