// The projector's sequence for a case study: the questions the case discusses, in the order the
// diagnostic asks them, and what each option of a question would mean once revealed.
import { key } from '../content/keys.ts';
import type {
  Content,
  PostureId,
  Question,
  Signal,
  Verdict,
  WorkshopCase,
} from '../content/types.ts';
import { POSTURES } from '../content/types.ts';
import { appliesIn, signalVerdict } from '../engine/evaluate.ts';
import { postureQuestions } from '../engine/path.ts';

export interface ProjectorStep {
  posture: PostureId;
  question: Question;
  /** Text keys (workshop namespace) of the discussion prompts, in the case's order. */
  prompts: string[];
}

/** The questions a case study discusses: those with prompts, in posture then content order. */
export function projectorSteps(content: Content, study: WorkshopCase): ProjectorStep[] {
  return POSTURES.flatMap((posture) =>
    postureQuestions(content, posture, study.situation)
      .filter((q) => q.id in study.prompts)
      .map((question) => ({
        posture,
        question,
        prompts: (study.prompts[question.id] ?? []).map((p) =>
          key.casePrompt(study.id, question.id, p),
        ),
      })),
  );
}

export interface OptionMeaning {
  option: string;
  signal: Signal;
  /** The verdict this answer alone gives its posture. */
  verdict: Verdict;
  /** The reason the answer brings in the case's jurisdiction, with its kind of source. */
  reason: { id: string; source: string } | null;
  /** Whether the case's author suggests this answer. */
  suggested: boolean;
}

/** What each option of a question would mean for the verdict, for the "reveal". */
export function revealOptions(
  content: Content,
  study: WorkshopCase,
  question: Question,
): OptionMeaning[] {
  const reasons = new Map(content.reasons.reasons.map((r) => [r.id, r]));
  const suggested = study.suggested[question.id] ?? [];
  return question.options.map((o) => {
    const reason = o.reason ? reasons.get(o.reason) : undefined;
    return {
      option: o.id,
      signal: o.signal,
      verdict: signalVerdict(o.signal),
      reason:
        reason && appliesIn(reason.jurisdiction, study.jurisdiction)
          ? { id: reason.id, source: reason.source }
          : null,
      suggested: suggested.includes(o.id),
    };
  });
}
