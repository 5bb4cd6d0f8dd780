// What the app opens with: a shared link, this tab's own copy of its case (a reload, a tab the
// phone discarded, an update), the case kept in this browser, or a fresh start with an offer to
// resume. Computed once, before the machine starts, so the first screen is already the right
// one. Loaded only when there is a saved case or a share link to read (startBoot.ts): it needs
// the validator.
import { loadCase } from '../../domain/case/savedCase.read';
import {
  newCaseId,
  type CaseTag,
  type LoadResult,
  type SavedCase,
} from '../../domain/case/savedCase.write';
import { decodeShare, type ShareError } from '../../domain/case/shareLink.read';
import { shareCodeIn, withoutShareCode } from '../../domain/case/shareLink.write';
import type { Content } from '../../domain/content/types';
import type { CaseData, Step } from '../../domain/wizard/steps';
import { workshopIn, type WorkshopCaseTag } from '../../domain/workshop/workshopLink';
import { stepFromHash } from '../useStepUrl';
import { readTabState, type CaseStores } from './keeping';
import { reachable, resumeStep } from './resumeStep';
import { readWorkshopTab } from './workshopTab';

/** A message shown once, above the first screen. Keys of the `case` section of `ui`. */
export type CaseNotice =
  | { kind: 'shared' }
  | { kind: 'share-error'; error: ShareError }
  | { kind: 'expired' }
  | { kind: 'discarded' }
  | { kind: 'migrated' }
  | { kind: 'unavailable' }
  /** Another case is kept in this browser: the worker may open it instead (never swapped in). */
  | { kind: 'other-saved' }
  /** This case was changed in another tab since this tab last saved it. */
  | { kind: 'changed-elsewhere' };

export interface Boot {
  /** The case the machine starts with; undefined for a fresh one. */
  data?: CaseData;
  /** The step to open on; always one the case can show. */
  step: Step;
  notices: CaseNotice[];
  /** A saved case offered on the start page rather than opened. */
  resume: SavedCase | null;
  /** Opened from a share link and not changed since: not saved over the browser's case. */
  shared: boolean;
  /** The address without the share code, to put in the address bar at once. */
  cleanUrl: string | null;
  /** Which case this tab holds and the browser revision it last read (two tabs, ADR 0009). */
  tag?: CaseTag;
  /** This tab's case is kept in this tab only: the worker chose to keep the browser's other one. */
  detached?: boolean;
  /** A workshop's case (opened from a case study's play link, ADR 0021), with the group's label
   *  once chosen; absent otherwise. */
  workshop?: WorkshopCaseTag | null;
}

const found = (r: LoadResult) => (r.status === 'found' ? r : null);

export function bootCase(
  content: Content,
  stores: CaseStores,
  location: Pick<Location, 'href'>,
): Boot {
  const notices: CaseNotice[] = [];
  const link = shareCodeIn(location.href);
  const cleanUrl = link === null ? null : withoutShareCode(location.href);
  const own = loadCase(stores.tab, content);
  const kept = loadCase(stores.device, content);
  const tabState = readTabState(stores.tab);
  if (kept.status === 'unavailable' && own.status === 'unavailable')
    notices.push({ kind: 'unavailable' });
  for (const r of [kept, own])
    if (
      (r.status === 'expired' || r.status === 'discarded') &&
      !notices.some((n) => n.kind === r.status)
    )
      notices.push({ kind: r.status });

  if (link !== null) {
    // Read once, then gone from the address bar; this tab keeps it for a reload.
    const shared = decodeShare(content, link);
    if (shared.ok) {
      notices.push({ kind: 'shared' });
      if (found(kept)) notices.push({ kind: 'other-saved' });
      return {
        data: shared.data,
        step: resumeStep(content, shared.data),
        notices,
        resume: null,
        shared: true,
        cleanUrl,
        tag: { caseId: newCaseId(), revision: 0 },
        workshop: workshopIn(content, location.href),
      };
    }
    notices.push({ kind: 'share-error', error: shared.error });
  }

  const tabCase = found(own);
  const browserCase = found(kept);
  const opened = tabCase ?? browserCase;
  if (!opened) return { step: 'start', notices, resume: null, shared: false, cleanUrl };
  if (opened.migrated) notices.push({ kind: 'migrated' });
  if (tabCase && browserCase) {
    const same = tabCase.tag.caseId === browserCase.tag.caseId;
    // Both exist: this tab's case opens (it is what the worker was looking at), and the
    // browser's is never swapped in silently — the worker is told and chooses.
    if (same && browserCase.tag.revision > tabCase.tag.revision)
      notices.push({ kind: 'changed-elsewhere' });
    else if (!same && !tabState.detached) notices.push({ kind: 'other-saved' });
  }
  const fromTab = opened === tabCase;
  const common = {
    notices,
    shared: fromTab && tabState.shared === true,
    detached: fromTab && tabState.detached === true,
    cleanUrl,
    tag: opened.tag,
    // This tab's workshop case stays one through a reload, and only that case.
    workshop: fromTab ? readWorkshopTab(content, stores.tab, opened.tag.caseId) : null,
  };
  const asked = stepFromHash(new URL(location.href).hash);
  // A reload (or back/forward into the app) on a step's URL reopens that step at once; the
  // bare address offers to resume on the start page instead.
  if (asked !== null && asked !== 'start')
    return {
      ...common,
      data: opened.data,
      step: reachable(content, opened.data, asked),
      resume: null,
    };
  return { ...common, step: 'start', resume: opened };
}
