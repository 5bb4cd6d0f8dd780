export { buildMap, nodeId, edgeId, residual, openingAnswers } from './build.ts';
export type * from './build.ts';
export {
  highlight,
  nearestBetter,
  walkMap,
  questionNodes,
  type MapHighlight,
} from './highlight.ts';
export { layoutMap, printBands, wrap, type MapLayout } from './layout.ts';
export { renderSvg, escapeXml, type SvgOptions } from './svg.ts';
export * from './words.ts';
