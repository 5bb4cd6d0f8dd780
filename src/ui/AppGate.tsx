// The first visit's start page without the wizard (ADR 0022). A fresh visit to the start page
// shows the start frame: the same markup as the app's start step (so the pre-rendered page is
// hydrated as is), with the header, the quick exit and the start page working. The wizard and
// the decision content are fetched while the worker reads, and the app takes over when the
// worker begins, opens a case file or a page; a visit that needs the app at once (a saved case,
// a share link, a page of the hash) gets it before the first render (main.tsx).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shareCodeIn } from '../domain/case/shareLink.write';
import type { CaseData } from '../domain/wizard/steps';
import type { Boot } from './case/boot';
import { LEAVE_SIGNAL_KEY, leaveAndErase, useTripleShift } from './case/leave';
import { Header } from './Header';
import { preloadFollowing } from './host/loadScreens';
import { pageFromHash } from './host/routes';
import { ScreenHost } from './host/ScreenHost';
import { screenForStep } from './host/screens';
import { whenIdle } from './lazyStep';
import { loadApp, type LoadedApp } from './loadApp';
import { StartActionsContext, type StartActions } from './start/StartActions';

/** What the worker asked of the start frame, done by the app once it has taken over. */
export type StartIntent =
  | { kind: 'begin' }
  | { kind: 'import'; data: CaseData; migrated: boolean }
  /** A page of the hash: the app reads the address itself. */
  | { kind: 'page' };

interface Props {
  boot: Boot;
  /** The app, when main.tsx had to load it before the first render. */
  loaded: LoadedApp | null;
}

export function AppGate({ boot, loaded: initial }: Props) {
  const [loaded, setLoaded] = useState(initial);
  const [intent, setIntent] = useState<StartIntent | null>(null);
  const [failed, setFailed] = useState(false);
  const open = useCallback((next: StartIntent) => {
    setFailed(false);
    loadApp().then(
      (app) => {
        setIntent(next);
        setLoaded(app);
      },
      (error: unknown) => {
        // Kept in the browser's console for whoever debugs; never sent anywhere.
        console.error('Discerne: the app could not be loaded', error);
        setFailed(true);
      },
    );
  }, []);
  if (loaded) return <loaded.App content={loaded.content} boot={boot} intent={intent} />;
  return <StartFrame open={open} failed={failed} />;
}

function StartFrame({ open, failed }: { open: (intent: StartIntent) => void; failed: boolean }) {
  const { t } = useTranslation('ui');
  // Warmed while the worker reads, so "Begin" is instant: the app, then the screens that can
  // follow the start page (the app warms the next ones itself once it runs). A failure is
  // said when asked again.
  useEffect(
    () =>
      whenIdle(() => {
        loadApp().then(
          () => preloadFollowing('start'),
          () => undefined,
        );
      }),
    [],
  );
  // A page's link (carnet, workshop…) or a share link pasted into this tab.
  useEffect(() => {
    const onHash = () => {
      if (shareCodeIn(window.location.href) !== null) window.location.reload();
      // A step's address does nothing without a case, here as in the app; a page's opens it.
      else if (pageFromHash(window.location.hash) !== null) open({ kind: 'page' });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [open]);
  // The quick exit works here as in the app: Shift three times, or another tab leaving.
  useTripleShift(leaveAndErase);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === LEAVE_SIGNAL_KEY && e.newValue !== null) leaveAndErase();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const actions = useMemo<StartActions>(
    () => ({
      begin: () => open({ kind: 'begin' }),
      resume: null,
      onImport: (data, migrated) => open({ kind: 'import', data, migrated }),
    }),
    [open],
  );
  return (
    <StartActionsContext.Provider value={actions}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header onQuickExit={leaveAndErase} />
      <ScreenHost
        screen={screenForStep('start')}
        rest=""
        before={
          failed ? (
            <div className="notice notice--error" role="alert">
              <p>{t('app.loadFailed')}</p>
            </div>
          ) : null
        }
        content={null}
        caseData={null}
        onRestart={() => window.location.reload()}
      />
    </StartActionsContext.Provider>
  );
}
