// The check page step: the answers wired to the wizard, and the case's export, import and link.
import { CaseTools } from '../case/CaseTools';
import { useSession } from '../case/CaseSessionContext';
import { useCase, useEvaluation, useWizardSend } from '../host/wizard';
import { ReviewPage } from './ReviewPage';

export default function ReviewScreen() {
  const data = useCase();
  const evaluation = useEvaluation();
  const send = useWizardSend();
  const session = useSession();
  return (
    <>
      <ReviewPage
        data={data}
        evaluation={evaluation}
        onChange={(step) => send({ type: 'CHANGE', step })}
        onConfirm={() => send({ type: 'CONFIRM' })}
        onBack={() => send({ type: 'BACK' })}
      />
      <CaseTools data={data} onImport={session.importCase} unavailable={session.unavailable} />
    </>
  );
}
