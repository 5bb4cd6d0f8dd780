// Answers ticked on a posture page but not yet sent with "Next" belong to the case too: a phone
// discards a background tab, and its reload must not lose them. The page reports its form's
// answers as they change (after the render that shows them); the case session keeps them with
// the case when it saves. One page reports at a time, so one listener is enough.
import { useEffect } from 'react';
import type { PostureId } from '../../domain/content/types';
import type { Answers } from '../../domain/engine/types';

export interface Draft {
  posture: PostureId;
  answers: Answers;
}

let listener: ((draft: Draft) => void) | null = null;

/** The case session listens; returns the function that stops it. */
export function listenToDrafts(onDraft: (draft: Draft) => void): () => void {
  listener = onDraft;
  return () => {
    if (listener === onDraft) listener = null;
  };
}

/** Called by a posture page with its form's current answers (react-hook-form's watch). */
export function useDraftAnswers(posture: PostureId, answers: Answers): void {
  const text = JSON.stringify(answers);
  useEffect(() => {
    // Effects run once the frame is painted: the tick shows first, the save follows.
    listener?.({ posture, answers: JSON.parse(text) as Answers });
  }, [posture, text]);
}
