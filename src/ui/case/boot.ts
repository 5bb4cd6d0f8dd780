// What the app opens with: a shared link, the case saved in this browser (a reload comes back to
// the same step with the same answers), or a fresh start with an offer to resume. Computed once,
// before the machine starts, so the first screen is already the right one. Loaded only when
// there is a saved case or a share link to read (startBoot.ts): it needs the validator.
import type { ShareError } from '../../domain/case/shareLink.read';
import { decodeShare } from '../../domain/case/shareLink.read';
import { shareCodeIn, withoutShareCode } from '../../domain/case/shareLink.write';
import { loadCase } from '../../domain/case/savedCase.read';
import type { CaseStore, SavedCase } from '../../domain/case/savedCase.write';
import type { Content } from '../../domain/content/types';
import type { CaseData, Step } from '../../domain/wizard/steps';
import { reachable, resumeStep } from './resumeStep';
import { stepFromHash } from '../useStepUrl';

/** A message shown once, above the first screen. Keys of the `case` section of `ui`. */
export type CaseNotice =
  | { kind: 'shared' }
  | { kind: 'share-error'; error: ShareError }
  | { kind: 'expired' }
  | { kind: 'discarded' }
  | { kind: 'migrated' }
  | { kind: 'unavailable' };

export interface Boot {
  /** The case the machine starts with; undefined for a fresh one. */
  data?: CaseData;
  /** The step to open on; always one the case can show. */
  step: Step;
  notices: CaseNotice[];
  /** A saved case offered on the start page rather than opened. */
  resume: SavedCase | null;
  /** Opened from a share link: not saved over the worker's own case until it is changed. */
  shared: boolean;
  /** The address without the share parameter, to put in the address bar once read. */
  cleanUrl: string | null;
}

export function bootCase(
  content: Content,
  store: CaseStore | null,
  location: Pick<Location, 'href'>,
): Boot {
  const notices: CaseNotice[] = [];
  let cleanUrl: string | null = null;
  const url = new URL(location.href);
  const link = shareCodeIn(location.href);
  const saved = loadCase(store, content);
  if (saved.status === 'unavailable') notices.push({ kind: 'unavailable' });
  if (saved.status === 'expired' || saved.status === 'discarded')
    notices.push({ kind: saved.status });

  if (link !== null) {
    // Read once, then gone from the address bar: a bookmark does not reopen it.
    cleanUrl = withoutShareCode(location.href);
    const shared = decodeShare(content, link);
    if (shared.ok) {
      notices.push({ kind: 'shared' });
      return {
        data: shared.data,
        step: resumeStep(content, shared.data),
        notices,
        resume: null,
        shared: true,
        cleanUrl,
      };
    }
    notices.push({ kind: 'share-error', error: shared.error });
  }

  if (saved.status !== 'found')
    return { step: 'start', notices, resume: null, shared: false, cleanUrl };
  if (saved.migrated) notices.push({ kind: 'migrated' });
  const asked = stepFromHash(url.hash);
  // A reload (or back/forward into the app) on a step's URL reopens that step at once; the
  // bare address offers to resume on the start page instead.
  if (asked !== null && asked !== 'start')
    return {
      data: saved.data,
      step: reachable(content, saved.data, asked),
      notices,
      resume: null,
      shared: false,
      cleanUrl,
    };
  return { step: 'start', notices, resume: saved, shared: false, cleanUrl };
}
