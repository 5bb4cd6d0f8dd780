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
      onChange={(step) => send({ type: 'CHANGE', step })}
      onChangeCountry={() => send({ type: 'CHANGE_COUNTRY' })}
      onConfirm={() => send({ type: 'CONFIRM' })}
      onBack={() => send({ type: 'BACK' })}
    />
  );
}
