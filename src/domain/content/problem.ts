/** One thing wrong in a content folder, printed as `file: JSON path: message`. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || '(root)'}: ${p.message}`;
}

/** A zod issue path as a JSON path: ["questions", 2, "options"] → "questions[2].options". */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}
