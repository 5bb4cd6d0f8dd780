// Every word the drawn map shows, handed in by the caller (the page from i18next, the CLI from
// the locale files): the map itself holds only ids.
import type { Condition, PostureId, Signal, Verdict } from '../content/types.ts';

export interface MapWords {
  /** The drawing's title, e.g. "Decision map: <situation>, <country>". */
  title: string;
  /** Column headings: the posture's question, then verdicts, flags, rules and outcomes. */
  posture: (p: PostureId) => string;
  verdictsHeading: string;
  flagsHeading: string;
  rulesHeading: string;
  outcomesHeading: string;
  /** "3." before a question's label. */
  questionNumber: (n: number) => string;
  question: (id: string) => string;
  option: (questionId: string, optionId: string) => string;
  /** "Several answers possible", under a multiple-choice question. */
  several: string;
  /** "to be ticked alone", after an exclusive option. */
  alone: string;
  /** The word of a signal: "nothing stands in the way", "to check"… */
  signal: (s: Signal) => string;
  verdict: (v: Verdict) => string;
  flag: (id: string) => string;
  /** A rule of the decision table in words (ruleInWords). */
  rule: (id: string) => string;
  /** "Rule 2" */
  ruleNumber: (n: number) => string;
  outcome: (id: string) => string;
  /** A residual condition in words: "If you answered “No” to question 3". */
  condition: (c: Condition) => string;
  /** The mark beside what the case went through: "your case". */
  onPath: string;
  /** The legend's intro and how the case's path is drawn. */
  legend: string;
  legendPath: string;
  /** How the nearest less cautious outcome is marked (◇). */
  legendBetter: string;
}

/** The symbol of each signal, the same as on the paper worksheet: never colour alone. */
export const SIGNAL_SYMBOL: Record<Signal, string> = {
  fine: '✓',
  unsure: '?',
  action: '!',
  blocking: '✕',
};

export const VERDICT_MARK: Record<Verdict, string> = { clear: '✓', conditions: '!', blocked: '✕' };
export const FLAG_MARK = '⚑';
export const PATH_MARK = '➤';
/** The nearest less cautious outcome and the answers that would lead to it. */
export const BETTER_MARK = '◇';
