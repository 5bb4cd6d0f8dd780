// The engine's input and its plain, serialisable result. Text is referred to by ids (turned into
// i18n keys by content/keys.ts), never by sentences.
import type { JurisdictionId, PostureId, Signal, Verdict } from '../content/types.ts';

/** Answers by question id; a single choice is a one-element list. Off-path answers are kept. */
export type Answers = Record<string, string[]>;

export interface CaseInput {
  jurisdiction: JurisdictionId;
  situation: string | null;
  answers: Answers;
}

export interface AnswerRef {
  posture: PostureId;
  question: string;
  option: string;
  signal: Signal;
}

export interface PostureResult {
  verdict: Verdict;
  /** The answers that made the verdict what it is (every answer that is not "fine"). */
  causes: AnswerRef[];
  /** How many "I don't know" answers: counted, never hidden in a clear verdict. */
  unsure: number;
  answered: number;
  asked: number;
}

export interface ReasonResult {
  reason: string;
  source: string;
  rank: number;
  /** The answers on the path that brought this reason. */
  answers: AnswerRef[];
}

export interface Evaluation {
  /** The questions asked, per posture, in order, conditions applied. */
  path: Record<PostureId, string[]>;
  /** Questions on the path without a valid answer yet. */
  missing: string[];
  complete: boolean;
  postures: Record<PostureId, PostureResult>;
  flags: string[];
  /** The outcome and the decision rule that chose it; null until every question is answered. */
  outcome: { id: string; rule: string; caution: number } | null;
  reasons: ReasonResult[];
  advice: string[];
  nextSteps: string[];
  resources: string[];
}
