import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { PostureId } from '../../domain/content/types';
import { postureQuestions, walkPath } from '../../domain/engine/path';
import { frameworkInCase } from '../../domain/framework/inCase';
import type { Framework } from '../../domain/framework/model';
import type { CaseData } from '../../domain/wizard/steps';
import { useDraftAnswers } from '../case/draft';
import { useContent } from '../ContentContext';
import { useChangeFocus } from '../review/changeFocus';
import { ChoiceField, choiceInputId } from '../components/ChoiceField';
import { ErrorSummary } from '../components/ErrorSummary';
import { StepActions } from '../components/StepActions';
import { FrameworkNote } from '../framework/FrameworkNote';
import { FRAMEWORK_MAP } from '../framework/inEffect';
import { TermsExplained } from '../glossary/TermsExplained';
import { fieldName, postureSchema, toAnswers, toValues, type FormValues } from './postureForm';
import { paired } from '../components/punctuation';

/** Help longer than this (in characters) is folded under "good to know": up to fourteen lines on
 *  a phone, above the answers (ADR 0024). Shorter help stays in sight, as a hint. */
export const HELP_SHOWN_MAX = 120;

interface Props {
  posture: PostureId;
  data: CaseData;
  onSubmit: (answers: CaseData['answers']) => void;
  onBack: () => void;
  /** The service's framework in effect (ADR 0019): its answers are marked under the questions. */
  framework?: Framework | null;
}

export function PosturePage({ posture, data, onSubmit, onBack, framework }: Props) {
  const content = useContent();
  const { t } = useTranslation(['content', 'screens']);
  const questions = useMemo(
    () => postureQuestions(content, posture, data.situation),
    [content, posture, data.situation],
  );
  const [attempt, setAttempt] = useState(0);
  useChangeFocus();

  // Which questions show is recomputed from the answers as the user gives them.
  const visibleFor = (values: FormValues) => {
    const answers = { ...data.answers, ...toAnswers(questions, values) };
    return walkPath(content, { ...data, answers })
      .filter((s) => s.posture === posture)
      .map((s) => s.question);
  };
  // The schema follows the questions shown: hidden questions are never required.
  const resolver: Resolver<FormValues> = (values, context, options) =>
    (zodResolver(postureSchema(visibleFor(values))) as unknown as Resolver<FormValues>)(
      values,
      context,
      options,
    );

  const { register, handleSubmit, control, formState } = useForm<FormValues>({
    defaultValues: toValues(questions, data.answers),
    resolver,
    // The error summary takes focus instead (it links to each field).
    shouldFocusError: false,
  });
  const values = useWatch({ control });
  const visible = visibleFor(values);
  // The case's answers the framework gives (as saved), each marked under its question.
  const settled = useMemo(
    () =>
      new Map(
        framework
          ? frameworkInCase(framework, content, FRAMEWORK_MAP, data).settled.map((s) => [
              s.question,
              s,
            ])
          : [],
      ),
    [framework, content, data],
  );
  const current = toAnswers(questions, values);
  // Ticked but not yet sent: kept with the case, so a reload or a discarded tab loses nothing.
  useDraftAnswers(posture, toAnswers(questions, values));

  const message = (questionId: string) => {
    const m = formState.errors[fieldName(questionId)]?.message;
    return typeof m === 'string' ? t(m, { ns: 'screens' }) : undefined;
  };
  const errors = visible
    .map((q) => ({ q, message: message(q.id) }))
    .filter((e): e is { q: (typeof visible)[number]; message: string } => e.message !== undefined)
    .map(({ q, message }) => ({
      target: choiceInputId(fieldName(q.id), 0),
      message: paired(t, t(key.questionLabel(q.id, data.situation)), message),
    }));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        setAttempt((n) => n + 1);
        void handleSubmit((v) => onSubmit(toAnswers(questions, v)))(e);
      }}
    >
      <ErrorSummary errors={errors} attempt={attempt} />
      <p className="lead">{t(key.postureIntro(posture))}</p>
      {visible.map((q) => {
        const legend = t(key.questionLabel(q.id, data.situation));
        const help = t(key.questionHelp(q.id), { context: data.jurisdiction });
        const choices = q.options.map((o) => ({ value: o.id, label: t(key.option(q.id, o.id)) }));
        return (
          <ChoiceField
            key={q.id}
            id={fieldName(q.id)}
            legend={legend}
            help={help}
            helpFolded={
              help.length > HELP_SHOWN_MAX ? t('question.helpMore', { ns: 'screens' }) : undefined
            }
            error={message(q.id)}
            multiple={q.kind === 'multiple'}
            choices={choices}
            registration={register(fieldName(q.id))}
            note={
              framework &&
              settled.has(q.id) && (
                <FrameworkNote
                  settled={settled.get(q.id)!}
                  adoptedOn={framework.adoptedOn}
                  current={current[q.id]}
                />
              )
            }
          >
            {/* The terms of art the question uses, explained where they appear (ADR 0015). */}
            <TermsExplained
              texts={[legend, help, ...choices.map((c) => c.label)]}
              jurisdiction={data.jurisdiction}
            />
          </ChoiceField>
        );
      })}
      <StepActions onBack={onBack} />
    </form>
  );
}
