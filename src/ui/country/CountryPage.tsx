// The country step (ADR 0023): where the worker works, asked before the situation and with no
// answer ticked until one is chosen — a French worker must never walk a case under Belgian law
// because Belgium was ticked by default. The countries are the content's.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { key } from '../../domain/content/keys';
import type { JurisdictionId } from '../../domain/content/types';
import { useContent } from '../ContentContext';
import { ChoiceField, choiceInputId } from '../components/ChoiceField';
import { ErrorSummary } from '../components/ErrorSummary';
import { StepActions } from '../components/StepActions';
import { useChangeFocus } from '../review/changeFocus';
import { COUNTRY_FIELD } from './field';

const formSchema = (ids: readonly string[]) =>
  z.object({
    [COUNTRY_FIELD]: z
      .string('errors.chooseJurisdiction')
      .check(z.refine((j) => ids.includes(j), 'errors.chooseJurisdiction')),
  });
type Values = { [COUNTRY_FIELD]: string };

interface Props {
  /** The case's country if it was chosen (remembered, or an opened case); null: none ticked. */
  chosen: JurisdictionId | null;
  onChoose: (country: JurisdictionId) => void;
  onBack: () => void;
}

export function CountryPage({ chosen, onChoose, onBack }: Props) {
  const content = useContent();
  const { t } = useTranslation(['screens', 'content']);
  const [attempt, setAttempt] = useState(0);
  useChangeFocus();
  const countries = content.jurisdictions.jurisdictions;
  const { register, handleSubmit, formState } = useForm<Values>({
    // No default: nothing is ticked until the worker chooses (react-hook-form reads '' as none).
    defaultValues: { [COUNTRY_FIELD]: chosen ?? '' },
    resolver: zodResolver(formSchema(countries.map((j) => j.id))),
    // The error summary takes focus instead (it links to the field).
    shouldFocusError: false,
  });
  const message = formState.errors[COUNTRY_FIELD]?.message;
  const error = typeof message === 'string' ? t(message) : undefined;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        setAttempt((n) => n + 1);
        void handleSubmit((v) => {
          const country = countries.find((j) => j.id === v[COUNTRY_FIELD]);
          if (country) onChoose(country.id);
        })(e);
      }}
    >
      <ErrorSummary
        errors={error ? [{ target: choiceInputId(COUNTRY_FIELD, 0), message: error }] : []}
        attempt={attempt}
      />
      <ChoiceField
        id={COUNTRY_FIELD}
        legend={t('country.legend')}
        help={t('country.remembered')}
        error={error}
        choices={countries.map((j) => ({
          value: j.id,
          label: t(key.jurisdictionName(j.id), { ns: 'content' }),
        }))}
        registration={register(COUNTRY_FIELD)}
      />
      <StepActions onBack={onBack} />
    </form>
  );
}
