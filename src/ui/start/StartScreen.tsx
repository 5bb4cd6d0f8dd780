// The start step: the start page wired to the wizard and to the case saved in this browser.
import { useSession } from '../case/CaseSessionContext';
import { useWizardSend } from '../host/wizardHooks';
import { StartPage } from './StartPage';

export default function StartScreen() {
  const send = useWizardSend();
  const session = useSession();
  return (
    <StartPage
      onBegin={() => send({ type: 'BEGIN' })}
      resume={session.resume}
      onResume={session.resumeSaved}
      onForget={session.forget}
      onImport={session.importCase}
    />
  );
}
