// The result step: the decision sheet wired to the wizard, and the case's export, import and link.
import { CaseTools } from '../case/CaseTools';
import { useSession } from '../case/CaseSessionContext';
import { useCase, useEvaluation, useWizardSend } from '../host/wizard';
import { ResultPage } from './ResultPage';

export default function ResultScreen() {
  const data = useCase();
  const evaluation = useEvaluation();
  const send = useWizardSend();
  const session = useSession();
  return (
    <>
      <ResultPage
        data={data}
        evaluation={evaluation}
        onBack={() => send({ type: 'BACK' })}
        onSheetChange={(sheet) => send({ type: 'UPDATE_SHEET', sheet })}
      />
      <CaseTools data={data} onImport={session.importCase} unavailable={session.unavailable} />
    </>
  );
}
