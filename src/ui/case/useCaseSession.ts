// The wizard machine together with the case's life outside it: opened from a share link or from
// storage, saved as the user goes (answers not yet sent included), kept apart from another
// tab's changes, exported, imported, forgotten, and wiped by the quick exit. The machine still
// routes; this only feeds it cases and keeps what it holds. ADR 0009 and 0016.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  forgetCase,
  newCaseId,
  saveCase,
  STORAGE_KEY,
  storedTag,
  tagOf,
  type CaseTag,
  type SavedCase,
} from '../../domain/case/savedCase.write';
import { shareCodeIn } from '../../domain/case/shareLink.write';
import type { Content } from '../../domain/content/types';
import type { GroupLabel } from '../../domain/workshop/groupLabel';
import type { WorkshopCaseTag } from '../../domain/workshop/workshopLink';
import { stepOf, type WizardEvent } from '../../domain/wizard/machine';
import { isPostureStep, type CaseData, type Step } from '../../domain/wizard/steps';
import type { Boot, CaseNotice } from './boot';
import { Wizard } from '../host/wizard';
import { listenToDrafts, type Draft } from './draft';
import {
  browserStores,
  keepsOnDevice,
  listenToKeeping,
  writeTabState,
  type TabState,
} from './keeping';
import { LEAVE_SIGNAL_KEY, leaveAndErase, useTripleShift } from './leave';
import { resumeStep } from './resumeStep';
import { readWorkshopTab, writeWorkshopTab } from './workshopTab';

export { NEUTRAL_PAGE } from './leave';

/** What the worker can do about a notice, e.g. open the other case. */
export interface NoticeAction {
  /** A key of the `case.action` section of `ui`. */
  label: string;
  run: () => void;
}

/** A notice shown above a given step's heading, until the user moves on. */
export interface ShownNotice {
  notice:
    | CaseNotice
    | { kind: 'forgotten' }
    | { kind: 'imported' }
    | { kind: 'imported-migrated' }
    | { kind: 'forgotten-elsewhere' };
  step: string;
  actions?: NoticeAction[];
}

/** Long enough for the new step to be painted first, short enough to lose nothing. */
const SAVE_DELAY_MS = 100;
/** Answers ticked on a page are gathered for a moment: one write for a burst of clicks. */
const DRAFT_DELAY_MS = 400;

/** The case with the answers ticked on the current posture page but not yet sent. */
function withDraft(data: CaseData, step: Step, draft: Draft | null): CaseData {
  if (!draft || !isPostureStep(step) || draft.posture !== step) return data;
  const answers = { ...data.answers, ...draft.answers };
  return JSON.stringify(answers) === JSON.stringify(data.answers) ? data : { ...data, answers };
}

export function useCaseSession(content: Content, boot: Boot) {
  const [stores] = useState(browserStores);
  // The machine is the app's (host/wizard.ts), opened on boot.step with boot.data.
  const actor = Wizard.useActorRef();
  const send = useCallback((event: WizardEvent) => actor.send(event), [actor]);
  const snapshot = Wizard.useSelector((s) => s);
  const step = stepOf(snapshot);
  const data = snapshot.context.data;

  const [notices, setNotices] = useState<ShownNotice[]>(() =>
    boot.notices.map((notice) => ({ notice, step: boot.step })),
  );
  const [resume, setResume] = useState<SavedCase | null>(boot.resume);
  const [unavailable, setUnavailable] = useState(
    boot.notices.some((n) => n.kind === 'unavailable'),
  );

  // Which case this tab holds, and the revision of the browser's copy it last read or wrote:
  // a write never goes over another case or a newer revision without the worker's word.
  const tag = useRef<CaseTag>(boot.tag ?? boot.resume?.tag ?? { caseId: newCaseId(), revision: 0 });
  const tabState = useRef<TabState>({ shared: boot.shared, detached: boot.detached === true });
  const ownComputer = useRef(keepsOnDevice(stores.device));
  // A workshop's case (ADR 0021): this tab's, tied to the case's id (workshopTab.ts).
  const [workshop, setWorkshop] = useState<WorkshopCaseTag | null>(boot.workshop ?? null);
  useEffect(() => {
    writeWorkshopTab(stores.tab, tag.current.caseId, workshop);
  }, [stores.tab, workshop]);
  /** The group's label, chosen on the result page of a workshop's case. */
  const chooseGroup = useCallback(
    (group: GroupLabel | null) => setWorkshop((w) => (w ? { group } : w)),
    [],
  );
  const draft = useRef<Draft | null>(null);
  const told = useRef(unavailable);
  const pending = useRef<{ timer: number; force: boolean } | null>(null);
  /** The case as last written to the browser's copy (or opened from it). */
  const lastKept = useRef<string | null>(boot.data ? JSON.stringify(boot.data) : null);
  /** The latest flush, for timers and page events set up earlier. */
  const flushRef = useRef<() => void>(() => undefined);
  /** Set by the quick exit: nothing is written again on the way out (pagehide). */
  const leaving = useRef(false);

  const schedule = useCallback((delay = SAVE_DELAY_MS, force = false) => {
    const timer = pending.current?.timer ?? window.setTimeout(() => flushRef.current(), delay);
    pending.current = { timer, force: force || (pending.current?.force ?? false) };
  }, []);

  /** A case opened from elsewhere (the browser's copy, another tab's newer version). */
  const open = useCallback(
    (saved: SavedCase) => {
      tag.current = saved.tag;
      lastKept.current = JSON.stringify(saved.data);
      tabState.current = {};
      // The same case this tab played in a workshop stays the workshop's; any other is not.
      setWorkshop(readWorkshopTab(content, stores.tab, saved.tag.caseId));
      draft.current = null;
      send({
        type: 'RESTORE',
        data: saved.data,
        step: resumeStep(content, saved.data, saved.step),
      });
      setNotices([]);
      setResume(null);
    },
    [content, send, stores.tab],
  );
  const openKept = useCallback(() => {
    void import('../../domain/case/savedCase.read').then(({ loadCase }) => {
      const kept = loadCase(stores.device, content);
      if (kept.status === 'found') open(kept);
      else setNotices([]);
    });
  }, [content, open, stores.device]);

  const noticeActions = useCallback(
    (notice: ShownNotice['notice']): NoticeAction[] | undefined => {
      if (notice.kind === 'other-saved')
        return [
          { label: 'openKept', run: openKept },
          {
            label: 'replaceKept',
            run: () => {
              const stored = storedTag(stores.device);
              tag.current = {
                caseId: tag.current.caseId,
                revision: typeof stored === 'object' && stored ? stored.revision : 0,
              };
              tabState.current = {};
              setNotices([]);
              schedule(0, true);
            },
          },
        ];
      if (notice.kind === 'changed-elsewhere')
        return [
          { label: 'openLatest', run: openKept },
          {
            label: 'keepThisTab',
            run: () => {
              setNotices([]);
              schedule(0, true);
            },
          },
        ];
      return undefined;
    },
    [openKept, schedule, stores.device],
  );
  const notify = useCallback(
    (notice: ShownNotice['notice'], at: string) => setNotices([{ notice, step: at }]),
    [],
  );
  const flush = useCallback(() => {
    const job = pending.current;
    if (!job || leaving.current) return;
    pending.current = null;
    window.clearTimeout(job.timer);
    const snap = actor.getSnapshot();
    const current = withDraft(snap.context.data, stepOf(snap), draft.current);
    // A case not begun is not saved, so a visit to the start page never overwrites the case
    // it offers to resume.
    if (current.situation === null) return;
    // A shared case stays "shared" (not written over the browser's case) until it is changed.
    if (tabState.current.shared && current !== boot.data) tabState.current = {};
    const now = Date.now();
    let kept = false;
    // The browser's copy changes when the case does (moving between steps is not a revision
    // another tab needs to hear of).
    const text = JSON.stringify(current);
    if (
      (text !== lastKept.current || job.force) &&
      ownComputer.current &&
      !tabState.current.shared &&
      !tabState.current.detached
    ) {
      const stored = storedTag(stores.device);
      const theirs = typeof stored === 'object' && stored !== null ? stored : null;
      const conflict =
        theirs !== null &&
        (theirs.caseId !== tag.current.caseId || theirs.revision > tag.current.revision);
      if (conflict && !job.force) {
        const kind = theirs.caseId === tag.current.caseId ? 'changed-elsewhere' : 'other-saved';
        notify({ kind }, stepOf(snap));
      } else if (stored !== 'unreadable') {
        const next = {
          caseId: tag.current.caseId,
          revision: Math.max(theirs?.revision ?? 0, tag.current.revision) + 1,
        };
        if (saveCase(stores.device, content, current, stepOf(snap), now, next)) {
          tag.current = next;
          lastKept.current = text;
          kept = true;
        }
      }
    }
    // This tab's own copy, always: a reload, a discarded tab or an update finds it again.
    if (saveCase(stores.tab, content, current, stepOf(snap), now, tag.current)) kept = true;
    writeTabState(stores.tab, tabState.current);
    if (kept) {
      // The saved case is this one now: there is nothing else to offer.
      setResume(null);
      return;
    }
    // Storage failing mid-session (quota full): said once, where it happened; the case stays.
    setUnavailable(true);
    if (!told.current) notify({ kind: 'unavailable' }, stepOf(snap));
    told.current = true;
  }, [actor, boot.data, content, notify, stores]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const cancelSave = useCallback(() => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);

  useEffect(() => {
    if (boot.cleanUrl) window.history.replaceState(window.history.state, '', boot.cleanUrl);
    // A shared case is kept in this tab at once, so a reload shows it again.
    if (boot.data) schedule();
  }, [boot, schedule]);

  // Saved as the user goes: every answer, every step, and the answers of the page not sent
  // yet. The write waits until the new step is painted (a click on "next" answers first);
  // leaving or hiding the page writes at once, so a reload never loses the last answer.
  useEffect(() => {
    let last = actor.getSnapshot();
    const subscription = actor.subscribe((snap) => {
      if (snap.value !== last.value && draft.current?.posture !== stepOf(snap))
        draft.current = null;
      const changed = snap.context.data !== last.context.data || snap.value !== last.value;
      last = snap;
      if (changed && snap.context.data.situation !== null) schedule();
    });
    const stopDrafts = listenToDrafts((next) => {
      const snap = actor.getSnapshot();
      const answers = (d: Draft | null) =>
        JSON.stringify(withDraft(snap.context.data, stepOf(snap), d).answers);
      const before = answers(draft.current);
      draft.current = next;
      if (answers(next) !== before) schedule(DRAFT_DELAY_MS);
    });
    const onHide = () => flushRef.current();
    const onVisibility = () => document.visibilityState === 'hidden' && flushRef.current();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      subscription.unsubscribe();
      stopDrafts();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flushRef.current();
    };
  }, [actor, schedule]);

  // A share link pasted into this tab's address bar changes only the fragment: no page load, so
  // no boot would read it. The current case is saved, then the page loads again and opens it.
  useEffect(() => {
    const onHash = () => {
      if (shareCodeIn(window.location.href) === null) return;
      flushRef.current();
      window.location.reload();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const quickExit = useCallback(() => {
    cancelSave();
    // Nothing is written again on the way out (pagehide): the storage is cleared for good.
    leaving.current = true;
    send({ type: 'RESET' });
    leaveAndErase();
  }, [cancelSave, send]);
  useTripleShift(quickExit);

  // Another tab wrote: this tab hears of it (the `storage` event) and says so, never silently
  // overwriting it. Another tab's quick exit makes this one leave too.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === LEAVE_SIGNAL_KEY && e.newValue !== null) {
        quickExit();
        return;
      }
      if (e.key !== STORAGE_KEY || e.storageArea !== stores.device) return;
      const at = stepOf(actor.getSnapshot());
      if (e.newValue === null) {
        if (ownComputer.current && !tabState.current.detached && tag.current.revision > 0) {
          // Forgotten in another tab: this tab keeps its copy but does not write it back.
          tabState.current = { detached: true };
          notify({ kind: 'forgotten-elsewhere' }, at);
        }
        return;
      }
      const theirs = tagOf(e.newValue);
      if (theirs && theirs.caseId === tag.current.caseId && theirs.revision > tag.current.revision)
        notify({ kind: 'changed-elsewhere' }, at);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [actor, notify, quickExit, stores.device]);

  // "This is a shared computer" (CaseKeeping): keep the case in the browser, or take it out.
  useEffect(
    () =>
      listenToKeeping((own) => {
        ownComputer.current = own;
        // Written at once, as a new case would be (the checks against another tab still hold).
        lastKept.current = null;
        if (own) schedule(0);
        else {
          const stored = storedTag(stores.device);
          if (typeof stored === 'object' && stored?.caseId === tag.current.caseId)
            forgetCase(stores.device);
          tag.current = { caseId: tag.current.caseId, revision: 0 };
        }
      }),
    [schedule, stores.device],
  );

  const resumeSaved = useCallback(() => {
    if (resume) open(resume);
  }, [open, resume]);

  const forget = useCallback(() => {
    cancelSave();
    forgetCase(stores.tab);
    // The browser's copy is this case's (or the one offered): "forget" means it too.
    forgetCase(stores.device);
    draft.current = null;
    tag.current = { caseId: newCaseId(), revision: 0 };
    tabState.current = {};
    setWorkshop(null);
    setResume(null);
    send({ type: 'RESET' });
    notify({ kind: 'forgotten' }, 'start');
  }, [cancelSave, notify, send, stores]);

  /** A case read from a file: it replaces the current one and opens on the check page. */
  const importCase = useCallback(
    (imported: CaseData, migrated = false) => {
      const target = resumeStep(content, imported);
      draft.current = null;
      tabState.current = {};
      setWorkshop(null);
      send({ type: 'RESTORE', data: imported, step: target });
      setResume(null);
      notify({ kind: migrated ? 'imported-migrated' : 'imported' }, target);
    },
    [content, notify, send],
  );

  return {
    snapshot,
    send,
    notices: notices
      .filter((n) => n.step === step)
      .map((n) => ({ ...n, actions: noticeActions(n.notice) })),
    resume: data.situation === null ? resume : null,
    unavailable,
    resumeSaved,
    forget,
    importCase,
    quickExit,
    /** A workshop's case, with its group's label once chosen; null otherwise. */
    workshop,
    chooseGroup,
  };
}
