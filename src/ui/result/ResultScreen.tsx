// The result step: the decision sheet wired to the wizard.
import { useCase, useEvaluation, useWizardSend } from '../host/wizardHooks';
import { ResultPage } from './ResultPage';

export default function ResultScreen() {
  const data = useCase();
  const evaluation = useEvaluation();
  const send = useWizardSend();
  return (
    <ResultPage
      data={data}
      evaluation={evaluation}
      onBack={() => send({ type: 'BACK' })}
      onSheetChange={(sheet) => send({ type: 'UPDATE_SHEET', sheet })}
    />
  );
}
