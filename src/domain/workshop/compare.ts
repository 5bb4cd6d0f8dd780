// Side by side: the cases several groups filled in during a workshop, row by row, with the rows
// where they differ marked. Pure data; the screen only renders it.
import type { Content, PostureId, Verdict } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { evaluate } from '../engine/evaluate.ts';
import type { CaseData } from '../wizard/steps.ts';

export interface Group {
  /** What the trainer sees as the column's name (the file's name, the link's number). */
  label: string;
  data: CaseData;
}

/** One group's answer to a question: given, asked but left blank, or not on its path at all. */
export type AnswerCell =
  { status: 'answered'; options: string[] } | { status: 'unanswered' } | { status: 'not-asked' };

export interface Row<T> {
  cells: T[];
  /** The groups do not all agree on this row. */
  differs: boolean;
}

export interface QuestionRow extends Row<AnswerCell> {
  posture: PostureId;
  question: string;
}

export interface Comparison {
  situation: Row<string | null>;
  jurisdiction: Row<string>;
  /** Every question on at least one group's path, in the order the diagnostic asks them. */
  questions: QuestionRow[];
  verdicts: Record<PostureId, Row<Verdict>>;
  /** The outcome id, or null while a group's case is incomplete. */
  outcome: Row<string | null>;
}

function row<T>(cells: T[], identity: (cell: T) => string): Row<T> {
  return { cells, differs: new Set(cells.map(identity)).size > 1 };
}

/** Options are a set: ["a","b"] and ["b","a"] are the same answer. */
const answerIdentity = (cell: AnswerCell): string =>
  cell.status === 'answered' ? `=${[...cell.options].sort().join(',')}` : cell.status;

export function compareCases(content: Content, groups: readonly Group[]): Comparison {
  const evaluations = groups.map((g) => evaluate(content, g.data));
  const questions: QuestionRow[] = POSTURES.flatMap((posture) =>
    content.postures[posture].questions
      .map((q) => q.id)
      .filter((qid) => evaluations.some((e) => e.path[posture].includes(qid)))
      .map((qid) => {
        const cells = groups.map((g, i): AnswerCell => {
          const e = evaluations[i]!;
          if (!e.path[posture].includes(qid)) return { status: 'not-asked' };
          if (e.missing.includes(qid)) return { status: 'unanswered' };
          return { status: 'answered', options: [...(g.data.answers[qid] ?? [])] };
        });
        return { posture, question: qid, ...row(cells, answerIdentity) };
      }),
  );
  const verdicts = Object.fromEntries(
    POSTURES.map((p) => [
      p,
      row(
        evaluations.map((e) => e.postures[p].verdict),
        (v) => v,
      ),
    ]),
  ) as Record<PostureId, Row<Verdict>>;
  return {
    situation: row(
      groups.map((g) => g.data.situation),
      (s) => s ?? '',
    ),
    jurisdiction: row(
      groups.map((g) => g.data.jurisdiction),
      (j) => j,
    ),
    questions,
    verdicts,
    outcome: row(
      evaluations.map((e) => e.outcome?.id ?? null),
      (o) => o ?? '',
    ),
  };
}
