// If a screen crashes, the worker gets a recovery page instead of a blank tab: it offers to
// export the answers given so far and to start again. The boundary sits inside App, under the
// wizard machine, so the machine — and the case it holds — outlives the broken screen: a crash
// never loses a case. Leaving for another step or page (resetKey) tries the screens again.
import { Component, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_FILE_TYPE, caseFileName, serializeCase } from '../domain/case/caseFile.write';
import type { Content } from '../domain/content/types';
import type { CaseData } from '../domain/wizard/steps';
import { downloadText } from '../print/download';
import { clearInjectedFault, InjectedFault } from './faults';
import { ScreenReady } from './host/arrival';
import { Button } from './components/Button';

interface Props {
  children: ReactNode;
  /** Null with the case below when there is no case (the first visit's start frame). */
  content: Content | null;
  /** The case as it stands: the machine keeps it while a screen is broken. */
  caseData: CaseData | null;
  /** Clears the case and goes back to the start. */
  onRestart: () => void;
  /** The step or page shown (with its sub-route); a new one clears the error. */
  resetKey: string;
  /** The screen's id, for the faults the end-to-end tests inject (faults.ts); resetKey if none. */
  where?: string;
}

interface State {
  error: Error | null;
  key: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the browser's console for whoever debugs; never sent anywhere.
    console.error('Discerne: a screen crashed', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <RecoveryPage
          content={this.props.content}
          caseData={this.props.caseData}
          onRestart={() => {
            // Starting again must not meet the same injected fault at once (faults.ts).
            clearInjectedFault();
            this.setState({ error: null });
            this.props.onRestart();
          }}
        />
      );
    }
    return (
      <>
        <InjectedFault where={this.props.where ?? this.props.resetKey} />
        {this.props.children}
      </>
    );
  }
}

function RecoveryPage({
  content,
  caseData,
  onRestart,
}: {
  content: Content | null;
  caseData: CaseData | null;
  onRestart: () => void;
}) {
  const { t } = useTranslation('ui');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The case can be saved as a file before starting again; the start frame holds none.
  const exportCase =
    content && caseData
      ? () => downloadText(serializeCase(content, caseData), caseFileName(), CASE_FILE_TYPE)
      : null;

  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <ScreenReady name="recovery" />
      <h1 id="recovery-title" ref={heading} tabIndex={-1}>
        {t('recovery.title')}
      </h1>
      {exportCase && <p>{t('recovery.kept')}</p>}
      <p>{t('recovery.advice')}</p>
      <div className="actions">
        {exportCase && (
          <Button variant="primary" onClick={exportCase}>
            {t('recovery.export')}
          </Button>
        )}
        <Button variant={exportCase ? 'secondary' : 'primary'} onClick={onRestart}>
          {t('recovery.restart')}
        </Button>
      </div>
    </section>
  );
}
