// The app's frame: the wizard machine (with the case's life around it), the header, and the one
// screen host that shows the step or the page of the address (registry: host/screens.ts).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../domain/content/types';
import { browserStore } from '../domain/case/savedCase.write';
import { progress, showsCountry, type Step } from '../domain/wizard/steps';
import type { StartIntent } from './AppGate';
import type { Boot } from './case/boot';
import { CaseNotices } from './case/CaseNotices';
import { CaseSessionContext } from './case/CaseSessionContext';
import { CaseTools } from './case/CaseTools';
import { useCaseSession } from './case/useCaseSession';
import { readCountry } from './case/countryPreference';
import { CountryLine } from './components/CountryLine';
import { Progress } from './components/Progress';
import { ContentProvider } from './ContentContext';
import { CurrentCaseProvider } from './CurrentCaseContext';
import { Header } from './Header';
import { preloadFollowing, prepareFollowing } from './host/loadScreens';
import { pageFromHash, type PageRoute } from './host/routes';
import { ScreenHost } from './host/ScreenHost';
import { screenForStep } from './host/screens';
import { useStep, Wizard, WizardForScreens } from './host/wizard';
import { dateFormat, LONG_DATE } from './dateFormat';
import { whenIdle } from './lazyStep';
import { StartActionsContext, type StartActions } from './start/StartActions';
import { useStepUrl } from './useStepUrl';

interface Props {
  content: Content;
  /** What the worker asked of the first visit's start frame, done once on arrival (ADR 0022). */
  intent?: StartIntent | null;
  /** What the app opens with (share link, saved case, fresh start): see case/startBoot.ts. */
  boot: Boot;
}

export function App({ content, boot, intent = null }: Props) {
  // The country this device remembers, read once (ADR 0023); none at build time's pre-render.
  const [country] = useState(() =>
    typeof window === 'undefined' ? null : readCountry(content, browserStore('local')),
  );
  return (
    <ContentProvider value={content}>
      {/* The machine opens on the boot's step (its input), never on "start" then moved. */}
      <Wizard.Provider options={{ input: { content, data: boot.data, step: boot.step, country } }}>
        <WizardForScreens>
          <Shell content={content} boot={boot} intent={intent} />
        </WizardForScreens>
      </Wizard.Provider>
    </ContentProvider>
  );
}

function Shell({ content, boot, intent }: Props) {
  const { t, i18n } = useTranslation('ui');
  // The machine, fed by the case's life outside it: share link, saved case, import, quick exit.
  const session = useCaseSession(content, boot);
  const { send } = session;
  const step = useStep();

  // A page outside the wizard (carnet, worksheet, workshop, "not found") shows instead of the
  // step; the machine keeps the case meanwhile.
  // No window when the start page is pre-rendered at build time (src/prerender.tsx).
  const [page, setPage] = useState<PageRoute | null>(() =>
    typeof window === 'undefined' ? null : pageFromHash(window.location.hash),
  );
  const goTo = useCallback(
    (s: Step) => {
      setPage(null);
      send({ type: 'GO_TO', step: s });
    },
    [send],
  );
  useEffect(() => {
    // `#main` (the skip link) is no route: the screen stays.
    const onHash = () => {
      const { hash } = window.location;
      if (hash === '' || hash.startsWith('#/')) setPage(pageFromHash(hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useStepUrl(step, goTo, page === null);

  // Step screens are lazy chunks: warm the ones that can come next while the worker reads.
  // Within 250 ms: on a slow CPU an idle moment may come only after the worker has read the
  // step and clicked on (the next screen was then fetched on the click, ADR 0027).
  useEffect(() => whenIdle(() => preloadFollowing(step), 250), [step]);
  // … and lets them work out what they will show of the case as it stands (ADR 0027).
  const { data, evaluation } = session.snapshot.context;
  useEffect(
    () => whenIdle(() => void prepareFollowing(step, { content, data, evaluation }), 250),
    [step, content, data, evaluation],
  );
  // … and the result's date format: the first one made in a language loads its calendar data.
  useEffect(() => whenIdle(() => void dateFormat(i18n.language, LONG_DATE)), [i18n.language]);

  // The start frame's request, made once the app has taken over: begin, or open a file.
  const [asked] = useState(intent);
  useEffect(() => {
    if (asked?.kind === 'begin') send({ type: 'BEGIN' });
    else if (asked?.kind === 'import') session.importCase(asked.data, asked.migrated);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const startActions = useMemo<StartActions>(
    () => ({
      begin: () => send({ type: 'BEGIN' }),
      resume: session.resume,
      onResume: session.resumeSaved,
      onForget: session.forget,
      onImport: session.importCase,
    }),
    [send, session.resume, session.resumeSaved, session.forget, session.importCase],
  );

  // The case a page may place (the decision map): the one in progress, or the saved one offered.
  const currentCase = data.situation !== null ? data : (session.resume?.data ?? null);

  const countryStep = Wizard.useSelector((s) => s.context.countryStep);
  const stepProgress = page ? null : progress(step, countryStep);
  const screen = page ? page.screen : screenForStep(step);
  const countryLine = (
    <CountryLine country={data.jurisdiction} onChange={() => send({ type: 'CHANGE_COUNTRY' })} />
  );
  return (
    <CaseSessionContext.Provider value={session}>
      <StartActionsContext.Provider value={startActions}>
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <Header onQuickExit={session.quickExit} />
        <CurrentCaseProvider value={currentCase}>
          <ScreenHost
            screen={screen}
            rest={page?.rest ?? ''}
            before={
              page ? null : (
                <>
                  {/* One line where it fits (a phone included, without the bar): two lines
                      fewer above every step's heading (ADR 0024, second pass). */}
                  <div className="step-line">
                    {stepProgress && <Progress {...stepProgress} />}
                    {showsCountry(step) && step !== 'result' && countryLine}
                  </div>
                  <CaseNotices notices={session.notices} />
                </>
              )
            }
            after={
              <>
                {/* On the result, below its actions: the outcome's heading comes first on a
                    phone screen (ADR 0024, second pass); the sheet names the law above too. */}
                {!page && step === 'result' && countryLine}
                {screen.kind === 'step' && screen.caseTools && (
                  <CaseTools
                    data={data}
                    onImport={session.importCase}
                    unavailable={session.unavailable}
                  />
                )}
              </>
            }
            content={content}
            caseData={data}
            onRestart={() => {
              setPage(null);
              send({ type: 'RESET' });
            }}
          />
        </CurrentCaseProvider>
      </StartActionsContext.Provider>
    </CaseSessionContext.Provider>
  );
}
