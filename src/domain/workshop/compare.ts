// Side by side: the cases several groups filled in during a workshop. The outcome first, then the
// questions from the most to the least disputed, so a projector shows what to discuss before what
// everyone agreed on. Pure data; the screen only renders it.
import type { Content, PostureId, Verdict } from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { evaluate } from '../engine/evaluate.ts';
import type { CaseData } from '../wizard/steps.ts';

export interface Group {
  /** What the trainer sees as the column's name: the group's label, or where the case came from
   *  (a file's name, "link 2") when it carries none. */
  label: string;
  /** The group's own label when the case carries one ("B-green"): two results are the same
   *  group's only if it matches. */
  group?: string;
  data: CaseData;
}

/** One group's answer to a question: given, asked but left blank, or not on its path at all. */
export type AnswerCell =
  { status: 'answered'; options: string[] } | { status: 'unanswered' } | { status: 'not-asked' };

export interface Row<T> {
  cells: T[];
  /** At least two groups gave different answers. A group that was not asked, or left the row
   *  blank, disagrees with nobody: otherwise nearly every row "differs" and the mark means nothing. */
  differs: boolean;
}

export interface QuestionRow extends Row<AnswerCell> {
  posture: PostureId;
  question: string;
  /** How split the groups that answered are, from 0 (all agree) to nearly 1 (each its own
   *  answer): one minus the share of the most common answer. */
  dispute: number;
}

export interface Comparison {
  /** The outcome id, or null while a group's case is incomplete. Shown first. */
  outcome: Row<string | null>;
  verdicts: Record<PostureId, Row<Verdict>>;
  situation: Row<string | null>;
  /** The one situation every group played, whose own words the questions read in (ADR 0025);
   *  null when the groups' situations differ or none is known. */
  played: string | null;
  jurisdiction: Row<string>;
  /** Every question on at least one group's path, each once: the most disputed first, then in
   *  the order the diagnostic asks them. */
  questions: QuestionRow[];
}

/** A row over values where a missing value (null) takes no side. */
function row<T>(cells: T[], identity: (cell: T) => string | null): Row<T> {
  const values = cells.map(identity).filter((v): v is string => v !== null);
  return { cells, differs: new Set(values).size > 1 };
}

/** Options are a set: ["a","b"] and ["b","a"] are the same answer. */
const answerIdentity = (cell: AnswerCell): string | null =>
  cell.status === 'answered' ? [...cell.options].sort().join(',') : null;

function dispute(cells: readonly AnswerCell[]): number {
  const answers = cells.map(answerIdentity).filter((v): v is string => v !== null);
  if (answers.length < 2) return 0;
  const counts = new Map<string, number>();
  for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
  return 1 - Math.max(...counts.values()) / answers.length;
}

export function compareCases(content: Content, groups: readonly Group[]): Comparison {
  const evaluations = groups.map((g) => evaluate(content, g.data));
  const inOrder: QuestionRow[] = POSTURES.flatMap((posture) =>
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
        return { posture, question: qid, dispute: dispute(cells), ...row(cells, answerIdentity) };
      }),
  );
  // A stable sort: equally disputed questions keep the diagnostic's order.
  const questions = inOrder
    .map((q, i) => ({ q, i }))
    .sort((a, b) => b.q.dispute - a.q.dispute || a.i - b.i)
    .map(({ q }) => q);
  const verdicts = Object.fromEntries(
    POSTURES.map((p) => [
      p,
      row(
        evaluations.map((e) => e.postures[p].verdict),
        (v) => v,
      ),
    ]),
  ) as Record<PostureId, Row<Verdict>>;
  const situation = row(
    groups.map((g) => g.data.situation),
    (s) => s,
  );
  return {
    outcome: row(
      evaluations.map((e) => e.outcome?.id ?? null),
      (o) => o,
    ),
    verdicts,
    situation,
    played: situation.differs ? null : (situation.cells.find((s) => s !== null) ?? null),
    jurisdiction: row(
      groups.map((g) => g.data.jurisdiction),
      (j) => j,
    ),
    questions,
  };
}

/** What makes two loaded results the same one: the group's own label and every answer. Where it
 *  came from (file or link) and the sheet's fields are left out, so a group that sends its link
 *  and then its file, or the same file chosen twice, is seen once. */
function fingerprint(group: Group): string {
  const { situation, jurisdiction, description, answers } = group.data;
  const sorted = Object.keys(answers)
    .sort()
    .map((q) => [q, [...(answers[q] ?? [])].sort()]);
  return JSON.stringify([group.group ?? null, situation, jurisdiction, description, sorted]);
}

/** Adds newly loaded results to those already there. The same result loaded twice (by link and
 *  by file, or the same file again) is kept once and named, so the trainer knows why a column
 *  did not appear; two results under one label that differ are both kept and named too, since
 *  only the group can say which one counts. */
export function addGroups(
  existing: readonly Group[],
  added: readonly Group[],
): { groups: Group[]; duplicates: string[]; sameLabel: string[] } {
  const groups = [...existing];
  const seen = new Set(groups.map(fingerprint));
  const duplicates: string[] = [];
  const sameLabel: string[] = [];
  for (const g of added) {
    const f = fingerprint(g);
    if (seen.has(f)) {
      duplicates.push(g.label);
      continue;
    }
    if (groups.some((other) => other.label === g.label)) sameLabel.push(g.label);
    seen.add(f);
    groups.push(g);
  }
  return { groups, duplicates, sameLabel };
}
