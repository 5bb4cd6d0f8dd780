// A workshop's case in this tab (ADR 0021): a case opened from a case study's play link is a
// workshop's, and its result page offers "send to the trainer" with the group's label. Both are
// this tab's, beside its copy of the case (sessionStorage), tied to the case's id: a reload keeps
// them, another case (a new one, a file, the browser's) does not inherit them, and closing the tab
// or the quick exit erases them with the case. Never in the case data: the saved case and the
// case file keep their formats.
import type { CaseStore } from '../../domain/case/savedCase.write';
import type { Content } from '../../domain/content/types';
import { formatGroupLabel, parseGroupLabel } from '../../domain/workshop/groupLabel';
import type { WorkshopCaseTag } from '../../domain/workshop/workshopLink';

export const WORKSHOP_KEY = 'discerne.workshop';

/** This tab's workshop case, if `caseId` is the one it was opened for. Read strictly: a label
 *  that is not one of the content's is dropped. */
export function readWorkshopTab(
  content: Content,
  tab: CaseStore | null,
  caseId: string,
): WorkshopCaseTag | null {
  try {
    const raw: unknown = JSON.parse(tab?.getItem(WORKSHOP_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const stored = raw as Record<string, unknown>;
    if (stored.caseId !== caseId) return null;
    return { group: parseGroupLabel(content, stored.group) };
  } catch {
    return null;
  }
}

export function writeWorkshopTab(
  tab: CaseStore | null,
  caseId: string,
  workshop: WorkshopCaseTag | null,
): void {
  try {
    if (!workshop) tab?.removeItem(WORKSHOP_KEY);
    else
      tab?.setItem(
        WORKSHOP_KEY,
        JSON.stringify({
          caseId,
          group: workshop.group ? formatGroupLabel(workshop.group) : null,
        }),
      );
  } catch {
    // Storage unreachable: the workshop holds for this page; a reload forgets the label.
  }
}
