import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { key } from '../../domain/content/keys';
import type { CaseData } from '../../domain/wizard/steps';
import { useContent } from '../ContentContext';
import { useChangeFocus } from '../review/changeFocus';
import { ChoiceField, choiceInputId } from '../components/ChoiceField';
import { ErrorSummary } from '../components/ErrorSummary';
import { StepActions } from '../components/StepActions';

export const DESCRIPTION_MAX = 280;

/** The form's rules. The country has its own step, before this one (ADR 0023). */
const formSchema = z.object({
  situation: z.string('errors.chooseSituation').check(z.minLength(1, 'errors.chooseSituation')),
  description: z.string().check(z.maxLength(DESCRIPTION_MAX, 'errors.descriptionTooLong')),
});
type Values = z.infer<typeof formSchema>;

interface Props {
  data: CaseData;
  onChoose: (v: { situation: string; description: string }) => void;
  onBack: () => void;
}

export function SituationPage({ data, onChoose, onBack }: Props) {
  const content = useContent();
  const { t } = useTranslation(['screens', 'content']);
  const [filter, setFilter] = useState('');
  const [attempt, setAttempt] = useState(0);
  useChangeFocus();
  const { register, handleSubmit, control, formState } = useForm<Values>({
    defaultValues: {
      situation: data.situation ?? '',
      description: data.description,
    },
    resolver: zodResolver(formSchema),
    // The error summary takes focus instead (it links to each field).
    shouldFocusError: false,
  });
  const chosen = useWatch({ control, name: 'situation' });
  const freeText = content.situations.situations.find((s) => s.id === chosen)?.freeText ?? false;

  const tc = (k: string) => t(k, { ns: 'content' });
  const needle = filter.trim().toLocaleLowerCase();
  const shown = content.situations.situations.filter(
    (s) =>
      s.freeText ||
      s.id === chosen ||
      needle === '' ||
      [
        tc(key.situationTitle(s.id)),
        tc(key.situationSummary(s.id)),
        ...s.tags.map((g) => tc(key.tag(g))),
      ]
        .join(' ')
        .toLocaleLowerCase()
        .includes(needle),
  );
  const matching = shown.filter((s) => !s.freeText).length;
  // An empty search result points to the free-text situation, which always stays listed.
  const other = content.situations.situations.find((s) => s.freeText);
  const otherTitle = other ? tc(key.situationTitle(other.id)) : '';
  const err = (name: keyof Values) => {
    const m = formState.errors[name]?.message;
    return typeof m === 'string' ? t(m) : undefined;
  };
  const errors = (
    [
      ['situation', choiceInputId('situation', 0)],
      ['description', 'description'],
    ] as const
  )
    .filter(([name]) => err(name))
    .map(([name, target]) => ({ target, message: err(name)! }));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        setAttempt((n) => n + 1);
        void handleSubmit((v) =>
          onChoose({
            situation: v.situation,
            description: content.situations.situations.find((s) => s.id === v.situation)?.freeText
              ? v.description.trim()
              : '',
          }),
        )(e);
      }}
    >
      <ErrorSummary errors={errors} attempt={attempt} />
      <div className="filter">
        <label htmlFor="situation-filter">{t('situation.filterLabel')}</label>
        <input
          id="situation-filter"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-describedby="situation-filter-count"
        />
        <p id="situation-filter-count" className="hint" aria-live="polite">
          {matching === 0
            ? t('situation.filterNone', { other: otherTitle })
            : t('situation.filterCount', { count: matching })}
        </p>
      </div>
      <ChoiceField
        id="situation"
        legend={t('situation.legend')}
        error={err('situation')}
        choices={shown.map((s) => ({
          value: s.id,
          label: tc(key.situationTitle(s.id)),
          // Under the title, smaller: the list is a screen shorter on a phone (ADR 0024). There,
          // only the chosen one's shows, unless the worker searches (what matched is in sight).
          hint: tc(key.situationSummary(s.id)),
          hintWhenChosen: needle === '',
        }))}
        registration={register('situation')}
      />
      {freeText && (
        <div className={err('description') ? 'field field--error' : 'field'}>
          <label htmlFor="description">{t('situation.descriptionLabel')}</label>
          <p className="hint warning" id="description-hint">
            {t('situation.noName')}
          </p>
          {err('description') && (
            <p className="error-message" id="description-error">
              {err('description')}
            </p>
          )}
          <textarea
            id="description"
            rows={3}
            maxLength={DESCRIPTION_MAX}
            autoComplete="off"
            aria-describedby={
              err('description') ? 'description-hint description-error' : 'description-hint'
            }
            aria-invalid={err('description') ? true : undefined}
            {...register('description')}
          />
        </div>
      )}
      <StepActions onBack={onBack} />
    </form>
  );
}
