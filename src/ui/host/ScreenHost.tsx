// The one place every screen is shown: steps and pages alike. The host loads the screen's code
// and words (Suspense, with a placeholder that also prints as "loading", never as an empty
// sheet), marks <main> busy until the screen has rendered, renders its heading inside the same
// boundary (so a heading on screen means the screen is there), moves focus to the heading when
// the screen changes, sets the tab's title, and exposes readiness for the tests
// (`data-screen-ready` on <main>). A crash shows the recovery page (ErrorBoundary). ADR 0014.
import {
  createElement,
  Suspense,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../domain/content/types';
import type { CaseData } from '../../domain/wizard/steps';
import { ErrorBoundary } from '../ErrorBoundary';
import { HostContext, ScreenReady, useScreenHeading } from './arrival';
import { READY_ATTRIBUTE } from './readyMarker';
import { screenComponent } from './loadScreens';
import type { Screen, Title } from './screens';

function ScreenHeading({ title }: { title: Title }) {
  const { t } = useTranslation(title.ns);
  const text = t(title.key);
  const heading = useScreenHeading(text);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {text}
    </h1>
  );
}

/** While a screen's code or words load: on screen and on paper, never an empty page. */
function Loading() {
  const { t } = useTranslation('ui');
  return (
    <div role="status" className="screen-loading">
      <p>{t('app.loading')}</p>
      <p className="print-only">{t('app.loadingPrint')}</p>
    </div>
  );
}

interface Props {
  screen: Screen;
  /** For pages: the hash after `#/<route>`. */
  rest: string;
  /** Shown above the screen, outside its loading boundary (progress, case notices). */
  before?: ReactNode;
  /** Shown below the screen once it is there (the case's tools). */
  after?: ReactNode;
  /**
   * For the recovery page: the case as it stands, and how to start again. Null on the first
   * visit's start frame, which holds no case (ADR 0022).
   */
  content: Content | null;
  caseData: CaseData | null;
  onRestart: () => void;
}

export function ScreenHost({ screen, rest, before, after, content, caseData, onRestart }: Props) {
  // Another screen, or another sub-route of a page, is another arrival.
  const arrival = `${screen.id}${rest}`;
  // Busy and readiness are written on <main> directly, not through state: a re-render of the
  // whole screen just to set an attribute doubled the cost of a step change (bench:steps).
  const main = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    main.current?.setAttribute('aria-busy', 'true');
    main.current?.removeAttribute(READY_ATTRIBUTE);
  }, [arrival]);
  // Focus moves to the heading from the second screen of the visit on.
  const [first] = useState(arrival);
  const [moved, setMoved] = useState(false);
  if (!moved && arrival !== first) setMoved(true);
  const markReady = useCallback((name: string) => {
    main.current?.removeAttribute('aria-busy');
    main.current?.setAttribute(READY_ATTRIBUTE, name);
  }, []);
  const appName = useTranslation('ui').t('app.name');
  const host = useMemo(
    () => ({ markReady, focusOnArrival: moved, appName }),
    [markReady, moved, appName],
  );

  return (
    <main id="main" tabIndex={-1} ref={main}>
      <HostContext.Provider value={host}>
        <ErrorBoundary
          content={content}
          caseData={caseData}
          onRestart={onRestart}
          resetKey={arrival}
          where={screen.id}
        >
          {before}
          <Suspense fallback={<Loading />}>
            {screen.heading !== 'screen' && (
              <ScreenHeading key={`heading:${screen.id}`} title={screen.title} />
            )}
            {/* The registry's components are made once per screen (loadScreens.ts). */}
            {createElement(screenComponent(screen), {
              key: `screen:${screen.id}`,
              screen: screen.id,
              rest,
            })}
            {after}
            <ScreenReady key={`ready:${arrival}`} name={screen.id} />
          </Suspense>
        </ErrorBoundary>
      </HostContext.Provider>
    </main>
  );
}
