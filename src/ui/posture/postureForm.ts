// Turns a posture's questions into form fields and a zod schema, and form values back into
// answers. Field names avoid dots: react-hook-form reads dots as nesting.
import { z } from 'zod/mini';
import type { Question } from '../../domain/content/types';
import { validAnswer } from '../../domain/engine/path';
import type { Answers } from '../../domain/engine/types';

export type FormValues = Record<string, string | string[] | null | undefined | false>;

export const fieldName = (questionId: string) => `q__${questionId.replaceAll('.', '__')}`;

export function toAnswers(questions: Question[], values: FormValues): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    const v = values[fieldName(q.id)];
    const list = Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
    if (list.length > 0) answers[q.id] = list;
  }
  return answers;
}

export function toValues(questions: Question[], answers: Answers): FormValues {
  const values: FormValues = {};
  for (const q of questions) {
    const a = answers[q.id];
    values[fieldName(q.id)] = q.kind === 'multiple' ? (a ?? []) : (a?.[0] ?? null);
  }
  return values;
}

/** Error messages are i18n keys of the screens namespace, translated where they are shown. */
export function postureSchema(visible: Question[]) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const q of visible) {
    shape[fieldName(q.id)] =
      q.kind === 'multiple'
        ? z.array(z.string()).check(
            z.minLength(1, 'errors.chooseAtLeastOne'),
            z.refine((v) => validAnswer(q, v), 'errors.exclusive'),
          )
        : z.string('errors.chooseOne').check(z.minLength(1, 'errors.chooseOne'));
  }
  return z.looseObject(shape);
}
