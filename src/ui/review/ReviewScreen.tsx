// The check page step: the answers wired to the wizard.
import { useCase, useEvaluation, useWizardSend } from '../host/wizardHooks';
import { ReviewPage } from './ReviewPage';

export default function ReviewScreen() {
  const data = useCase();
  const evaluation = useEvaluation();
  const send = useWizardSend();
  return (
    <ReviewPage
      data={data}
      evaluation={evaluation}
      // The country has its own way there and back (CHANGE_COUNTRY, ADR 0023).
      onChange={(step) =>
        send(step === 'country' ? { type: 'CHANGE_COUNTRY' } : { type: 'CHANGE', step })
      }
      onConfirm={() => send({ type: 'CONFIRM' })}
      onBack={() => send({ type: 'BACK' })}
    />
  );
}
