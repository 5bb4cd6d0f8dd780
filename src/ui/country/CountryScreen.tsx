// The country step wired to the wizard. The choice becomes this device's remembered country
// (countryPreference.ts) and the case's; a case that has its situation already gets the
// answers the service's framework settles in the new country (ADR 0019), as the situation
// step does.
import { browserStore } from '../../domain/case/savedCase.write';
import { answersAtCaseStart } from '../../domain/framework/inCase';
import { writeCountry } from '../case/countryPreference';
import { useContent } from '../ContentContext';
import { FRAMEWORK_MAP } from '../framework/inEffect';
import { useFrameworkLookup } from '../framework/useFrameworkInEffect';
import { useCase, useCountryChosen, useWizardSend } from '../host/wizardHooks';
import { CountryPage } from './CountryPage';

export default function CountryScreen() {
  const content = useContent();
  const data = useCase();
  const chosen = useCountryChosen();
  const send = useWizardSend();
  const framework = useFrameworkLookup(content);
  return (
    <CountryPage
      chosen={chosen ? data.jurisdiction : null}
      onChoose={(jurisdiction) => {
        writeCountry(browserStore('local'), jurisdiction);
        if (data.situation === null) {
          send({ type: 'CHOOSE_COUNTRY', jurisdiction });
          return;
        }
        void framework().then((f) =>
          send({
            type: 'CHOOSE_COUNTRY',
            jurisdiction,
            answers: answersAtCaseStart(f, content, FRAMEWORK_MAP, data, {
              jurisdiction,
              situation: data.situation,
            }),
          }),
        );
      }}
      onBack={() => send({ type: 'BACK' })}
    />
  );
}
