// The result step: the decision sheet wired to the wizard, and to the case's life outside it
// (a new case erases the saved one, as "forget this case" does).
import { useSession } from '../case/CaseSessionContext';
import { useContent } from '../ContentContext';
import { useFrameworkInEffect } from '../framework/useFrameworkInEffect';
import { useCase, useEvaluation, useWizardSend } from '../host/wizardHooks';
import { ResultPage } from './ResultPage';

export default function ResultScreen() {
  const data = useCase();
  const evaluation = useEvaluation();
  const send = useWizardSend();
  const session = useSession();
  const framework = useFrameworkInEffect(useContent());
  return (
    <ResultPage
      data={data}
      evaluation={evaluation}
      onBack={() => send({ type: 'BACK' })}
      onSheetChange={(sheet) => send({ type: 'UPDATE_SHEET', sheet })}
      onNewCase={session.forget}
      workshop={session.workshop && { group: session.workshop.group, onGroup: session.chooseGroup }}
      framework={framework}
    />
  );
}
