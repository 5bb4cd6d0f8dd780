// The situation step: the situation page wired to the wizard.
import { useCase, useWizardSend } from '../host/wizardHooks';
import { SituationPage } from './SituationPage';

export default function SituationScreen() {
  const data = useCase();
  const send = useWizardSend();
  return (
    <SituationPage
      data={data}
      onChoose={(v) => send({ type: 'CHOOSE_SITUATION', ...v })}
      onBack={() => send({ type: 'BACK' })}
    />
  );
}
