// A question as a fieldset of radios or checkboxes, with its help text and error wired through
// aria-describedby and aria-invalid.
import type { UseFormRegisterReturn } from 'react-hook-form';

export interface Choice {
  value: string;
  label: string;
  /** Said under the answer, smaller, and read as its description (GOV.UK's radio hints). */
  hint?: string;
  /** On a phone, the hint shows once this answer is chosen (the situations: a list three screens
   *  long otherwise, ADR 0024); always read as its description, chosen or not. */
  hintWhenChosen?: boolean;
}

interface Props {
  id: string;
  legend: string;
  help?: string;
  /** Folds the help text under these words (a native <details>, right after the legend): for
   *  long help on a page of several questions (ADR 0024). */
  helpFolded?: string;
  error?: string;
  multiple?: boolean;
  choices: Choice[];
  registration: UseFormRegisterReturn;
  /** Said of the answer after the help (where it comes from), and read with the question. */
  note?: React.ReactNode;
  children?: React.ReactNode;
}

/** Answers this short (in characters) sit side by side when a question has only such answers:
 *  "Oui · Non · Je ne sais pas" on one line instead of three (ADR 0024). */
export const INLINE_CHOICE_MAX = 18;
/** How many answers at most sit side by side. */
export const INLINE_CHOICES = 4;

/** Side by side: one answer only, few of them, all short (GOV.UK's inline radios). */
export function inlineChoices(choices: readonly Choice[], multiple?: boolean): boolean {
  return (
    !multiple &&
    choices.length <= INLINE_CHOICES &&
    choices.every((c) => !c.hint && c.label.length <= INLINE_CHOICE_MAX)
  );
}

export function choiceInputId(fieldId: string, index: number): string {
  return `${fieldId}-${index}`;
}

export function ChoiceField({
  id,
  legend,
  help,
  helpFolded,
  error,
  multiple,
  choices,
  registration,
  note,
  children,
}: Props) {
  // Folded help is read where it is, once opened (as GOV.UK's details under a question): a
  // description pointing into a closed disclosure is read by some tools and not by others.
  const helpId = help && !helpFolded ? `${id}-help` : undefined;
  const noteId = note ? `${id}-note` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, noteId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={error ? 'field field--error' : 'field'}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      {help &&
        (helpFolded ? (
          <details className="help-more">
            <summary>{helpFolded}</summary>
            <p className="hint">{help}</p>
          </details>
        ) : (
          <p className="hint" id={helpId}>
            {help}
          </p>
        ))}
      {note && <div id={noteId}>{note}</div>}
      {error && (
        <p className="error-message" id={errorId}>
          {error}
        </p>
      )}
      {children}
      <div className={inlineChoices(choices, multiple) ? 'choices choices--inline' : 'choices'}>
        {choices.map((c, i) => (
          <div
            className={c.hint && c.hintWhenChosen ? 'choice choice--hint-when-chosen' : 'choice'}
            key={c.value}
          >
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={choiceInputId(id, i)}
              value={c.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={c.hint ? `${choiceInputId(id, i)}-hint` : undefined}
              {...registration}
            />
            {c.hint ? (
              <div className="choice-text">
                <label htmlFor={choiceInputId(id, i)}>{c.label}</label>
                <p className="choice-hint" id={`${choiceInputId(id, i)}-hint`}>
                  {c.hint}
                </p>
              </div>
            ) : (
              <label htmlFor={choiceInputId(id, i)}>{c.label}</label>
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
