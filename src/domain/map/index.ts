export { buildMap, nodeId, edgeId, residual, openingAnswers } from './build.ts';
export type * from './build.ts';
export { highlight, walkMap, questionNodes, type MapHighlight } from './highlight.ts';
export { layoutMap, wrap, type MapLayout } from './layout.ts';
export { renderSvg, escapeXml } from './svg.ts';
export * from './words.ts';
