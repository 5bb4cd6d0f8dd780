// The wizard machine together with the case's life outside it: opened from a share link or from
// this browser's storage, saved as the user goes, exported, imported, forgotten, and wiped by the
// quick exit. The machine still routes; this only feeds it cases and keeps what it holds.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browserStore, forgetCase, saveCase, type SavedCase } from '../../domain/case/savedCase';
import type { Content } from '../../domain/content/types';
import { stepOf, type WizardEvent } from '../../domain/wizard/machine';
import type { CaseData } from '../../domain/wizard/steps';
import { Wizard } from '../host/wizard';
import type { Boot, CaseNotice } from './boot';
import { resumeStep } from './resumeStep';

/** A notice shown above a given step's heading, until the user moves on. */
export interface ShownNotice {
  notice: CaseNotice | { kind: 'forgotten' } | { kind: 'imported' };
  step: string;
}

/** The neutral page the quick exit leaves for: ours, plain, without the app's name. */
export const NEUTRAL_PAGE = 'neutral.html';
/** Long enough for the new step to be painted first, short enough to lose nothing. */
const SAVE_DELAY_MS = 100;

export function useCaseSession(content: Content, boot: Boot) {
  const [store] = useState(browserStore);
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

  useEffect(() => {
    if (boot.cleanUrl) window.history.replaceState(window.history.state, '', boot.cleanUrl);
  }, [boot]);

  // Saved as the user goes: every answer, every step. A case not begun is not saved, so a visit
  // to the start page never overwrites the case it offers to resume; a shared case is saved
  // only once the user changes it, so opening a colleague's link never replaces one's own case.
  // The write waits until the new step is painted (a click on "next" answers first); leaving
  // or hiding the page writes at once, so a reload never loses the last answer.
  const told = useRef(unavailable);
  const pending = useRef<{ snap: typeof snapshot; timer: number } | null>(null);
  const flush = useCallback(() => {
    const job = pending.current;
    if (!job) return;
    pending.current = null;
    window.clearTimeout(job.timer);
    const { data: current } = job.snap.context;
    if (saveCase(store, content, current, stepOf(job.snap))) {
      // The saved case is this one now: there is nothing else to offer.
      setResume(null);
      return;
    }
    // Storage failing mid-session (quota full): said once, where it happened; the case stays.
    setUnavailable(true);
    if (!told.current) setNotices([{ notice: { kind: 'unavailable' }, step: stepOf(job.snap) }]);
    told.current = true;
  }, [content, store]);
  const cancelSave = useCallback(() => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);
  useEffect(() => {
    const subscription = actor.subscribe((snap) => {
      const { data: current } = snap.context;
      if (current.situation === null) return;
      if (boot.shared && current === boot.data) return;
      const timer = pending.current?.timer ?? window.setTimeout(flush, SAVE_DELAY_MS);
      pending.current = { snap, timer };
    });
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [actor, boot, flush]);

  const notify = useCallback(
    (notice: ShownNotice['notice'], at: string) => setNotices([{ notice, step: at }]),
    [],
  );

  const resumeSaved = useCallback(() => {
    if (!resume) return;
    send({
      type: 'RESTORE',
      data: resume.data,
      step: resumeStep(content, resume.data, resume.step),
    });
    setResume(null);
  }, [content, resume, send]);

  const forget = useCallback(() => {
    cancelSave();
    forgetCase(store);
    setResume(null);
    send({ type: 'RESET' });
    notify({ kind: 'forgotten' }, 'start');
  }, [cancelSave, notify, send, store]);

  /** A case read from a file: it replaces the current one and opens on the check page. */
  const importCase = useCallback(
    (imported: CaseData) => {
      const target = resumeStep(content, imported);
      send({ type: 'RESTORE', data: imported, step: target });
      setResume(null);
      notify({ kind: 'imported' }, target);
    },
    [content, notify, send],
  );

  const quickExit = useCallback(() => {
    cancelSave();
    forgetCase(store);
    // Shared screens: nothing of this site stays in the browser's storage.
    for (const get of [() => window.localStorage, () => window.sessionStorage]) {
      try {
        get().clear();
      } catch {
        // Storage unreachable: there is nothing in it either.
      }
    }
    send({ type: 'RESET' });
    window.location.replace(new URL(NEUTRAL_PAGE, window.location.href).href);
  }, [cancelSave, send, store]);

  return {
    snapshot,
    send,
    notices: notices.filter((n) => n.step === step),
    resume: data.situation === null ? resume : null,
    unavailable,
    resumeSaved,
    forget,
    importCase,
    quickExit,
  };
}
