import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { key } from '../domain/content/keys';
import type { Content } from '../domain/content/types';
import { isPostureStep, progress, type Step } from '../domain/wizard/steps';
import type { Boot } from './case/boot';
import { CaseNotices } from './case/CaseNotices';
import { CaseTools } from './case/CaseTools';
import { useCaseSession } from './case/useCaseSession';
import { ContentProvider } from './ContentContext';
import { RecoverableMain } from './ErrorBoundary';
import { Header } from './Header';
import { Progress } from './components/Progress';
import { StartPage } from './start/StartPage';
import { whenIdle } from './lazyStep';
import { documentTitle } from './title';
import { pageFromHash, PAGES } from './pages';
import {
  PosturePage,
  preloadFollowing,
  ResultPage,
  ReviewPage,
  SituationPage,
} from './stepScreens';
import { useStepUrl } from './useStepUrl';

interface Props {
  content: Content;
  /** What the app opens with (share link, saved case, fresh start): see case/startBoot.ts. */
  boot: Boot;
}

export function App({ content, boot }: Props) {
  // Only the interface's words: the content's arrive with the step screens (stepScreens.ts).
  const { t, i18n } = useTranslation('ui');
  // The machine, fed by the case's life outside it: share link, saved case, import, quick exit.
  const session = useCaseSession(content, boot);
  const { snapshot, send } = session;
  const step = snapshot.value;
  const data = snapshot.context.data;

  // A page outside the wizard (carnet, worksheet, workshop) shows instead of the step; the
  // machine keeps the case meanwhile.
  // No window when the start page is pre-rendered at build time (src/prerender.tsx).
  const [page, setPage] = useState(() =>
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
    // A reload on a step's URL comes back to that step: useCaseSession opens the saved case there.
    const onHash = () => setPage(pageFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [send]);
  useStepUrl(step, goTo, page === null, session.bootStep);

  const Page = page ? PAGES[page.name] : undefined;
  // A posture's heading is the content's own question; until its words arrive (a reload straight
  // onto a posture step), the heading says the page is loading rather than show a raw key.
  const title = !isPostureStep(step)
    ? t(`steps.${step}`)
    : i18n.hasLoadedNamespace('content')
      ? t(key.postureQuestion(step), { ns: 'content' })
      : t('app.loading');
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // Opened straight on the result (a reload, a saved case): focus stays where the browser puts it.
  const [openedOnResult] = useState(step === 'result');
  useEffect(() => {
    document.title = documentTitle(title, t('app.name'));
  }, [title, t]);
  useEffect(() => {
    // Focus the new step's heading so screen readers announce it; not on the first load, and
    // only when the step changes: words arriving later (a lazy namespace) never move focus.
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [step]);

  // Step screens are lazy chunks: warm the ones that can come next while the worker reads.
  useEffect(() => whenIdle(() => preloadFollowing(step)), [step]);

  const back = () => send({ type: 'BACK' });
  const stepProgress = progress(step);

  return (
    <ContentProvider value={content}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header onQuickExit={session.quickExit} />
      <RecoverableMain
        content={content}
        caseData={data}
        onRestart={() => {
          setPage(null);
          send({ type: 'RESET' });
        }}
        resetKey={page?.name ?? step}
      >
        {Page && page ? (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <Page rest={page.rest} />
          </Suspense>
        ) : (
          <>
            {stepProgress && <Progress {...stepProgress} />}
            <CaseNotices notices={session.notices} />
            {/* The result's heading is its outcome, in words: ResultPage renders it. */}
            {step !== 'result' && (
              <h1 ref={heading} tabIndex={-1}>
                {title}
              </h1>
            )}
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              {step === 'start' && (
                <StartPage
                  onBegin={() => send({ type: 'BEGIN' })}
                  resume={session.resume}
                  onResume={session.resumeSaved}
                  onForget={session.forget}
                  onImport={session.importCase}
                />
              )}
              {step === 'situation' && (
                <SituationPage
                  data={data}
                  onChoose={(v) => send({ type: 'CHOOSE_SITUATION', ...v })}
                  onBack={back}
                />
              )}
              {isPostureStep(step) && (
                <PosturePage
                  key={step}
                  posture={step}
                  data={data}
                  onSubmit={(answers) => send({ type: 'SUBMIT_ANSWERS', answers })}
                  onBack={back}
                />
              )}
              {step === 'review' && (
                <ReviewPage
                  data={data}
                  onChange={(s) => send({ type: 'CHANGE', step: s })}
                  onConfirm={() => send({ type: 'CONFIRM' })}
                  onBack={back}
                />
              )}
              {step === 'result' && (
                <ResultPage
                  data={data}
                  onBack={back}
                  onSheetChange={(sheet) => send({ type: 'UPDATE_SHEET', sheet })}
                  onNewCase={() => {
                    setPage(null);
                    session.forget();
                  }}
                  focusOnOpen={!openedOnResult}
                />
              )}
            </Suspense>
            {(step === 'review' || step === 'result') && (
              <CaseTools
                data={data}
                onImport={session.importCase}
                unavailable={session.unavailable}
              />
            )}
          </>
        )}
      </RecoverableMain>
    </ContentProvider>
  );
}
