// The situation step: the situation page wired to the wizard. As the case gets its situation
// (its country was chosen on the step before), the service's framework in effect answers the questions it settles (ADR 0019).
import { answersAtCaseStart } from '../../domain/framework/inCase';
import { useContent } from '../ContentContext';
import { FRAMEWORK_MAP } from '../framework/inEffect';
import { useFrameworkLookup } from '../framework/useFrameworkInEffect';
import { useCase, useWizardSend } from '../host/wizardHooks';
import { SituationPage } from './SituationPage';

export default function SituationScreen() {
  const content = useContent();
  const data = useCase();
  const send = useWizardSend();
  const framework = useFrameworkLookup(content);
  return (
    <SituationPage
      data={data}
      onChoose={(v) =>
        void framework().then((f) =>
          send({
            type: 'CHOOSE_SITUATION',
            ...v,
            answers: answersAtCaseStart(f, content, FRAMEWORK_MAP, data, {
              ...v,
              jurisdiction: data.jurisdiction,
            }),
          }),
        )
      }
      onBack={() => send({ type: 'BACK' })}
    />
  );
}
