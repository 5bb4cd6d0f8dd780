// What the result can work out before it is shown: while the worker reads the check page, the
// case cannot change without leaving it, so its "what would change" and its two QR codes are
// computed then, in an idle moment, instead of on the click that confirms (ADR 0027). The
// result page reads the same memos: a case not prepared is computed on arrival, as before.
import { shareUrl, type ShareLocation } from '../../domain/case/shareLink.write';
import type { Content } from '../../domain/content/types';
import { whatWouldChange, type ChangeSuggestion } from '../../domain/engine/change';
import type { Evaluation } from '../../domain/engine/types';
import type { CaseData } from '../../domain/wizard/steps';
import { qrMatrix, type QrMatrix } from '../../print/qr';
import type { ScreenInput } from '../host/screens';

// By evaluation: the machine makes one per change of the case (ADR 0014), so an evaluation
// stands for the case it was made from, and is let go with it.
const changes = new WeakMap<Evaluation, ChangeSuggestion[]>();

/** The list already worked out for this evaluation, if any (what the tests look at). */
export const preparedChanges = (evaluation: Evaluation): ChangeSuggestion[] | undefined =>
  changes.get(evaluation);

/** whatWouldChange of a case and its evaluation, worked out once per evaluation. */
export function changesOf(
  content: Content,
  data: CaseData,
  evaluation: Evaluation,
): ChangeSuggestion[] {
  let found = changes.get(evaluation);
  if (!found) {
    found = whatWouldChange(content, data, evaluation);
    changes.set(evaluation, found);
  }
  return found;
}

/** The carnet's address, printed as a QR code on the sheet. */
export const carnetLinkOf = (location: ShareLocation) =>
  `${location.origin}${location.pathname}#/carnet`;

/** The share link of a case, once it has a situation (a link without one opens nothing). */
export const shareLinkOf = (content: Content, data: CaseData, location: ShareLocation) =>
  data.situation === null ? null : shareUrl(content, data, location);

/** Works out what the result shows of this case; returns it (the tests compare). */
export function prepare({ content, data, evaluation }: ScreenInput): {
  changes: ChangeSuggestion[];
  codes: QrMatrix[];
} | null {
  // No outcome yet: the check page would not lead to the result.
  if (evaluation.outcome === null) return null;
  const link = shareLinkOf(content, data, window.location);
  return {
    changes: changesOf(content, data, evaluation),
    codes: [...(link ? [link] : []), carnetLinkOf(window.location)].map(qrMatrix),
  };
}
