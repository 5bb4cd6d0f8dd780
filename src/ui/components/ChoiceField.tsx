// A question as a fieldset of radios or checkboxes, with its help text and error wired through
// aria-describedby and aria-invalid.
import type { UseFormRegisterReturn } from 'react-hook-form';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  id: string;
  legend: string;
  help?: string;
  error?: string;
  multiple?: boolean;
  choices: Choice[];
  registration: UseFormRegisterReturn;
  /** Said of the answer after the help (where it comes from), and read with the question. */
  note?: React.ReactNode;
  children?: React.ReactNode;
}

export function choiceInputId(fieldId: string, index: number): string {
  return `${fieldId}-${index}`;
}

export function ChoiceField({
  id,
  legend,
  help,
  error,
  multiple,
  choices,
  registration,
  note,
  children,
}: Props) {
  const helpId = help ? `${id}-help` : undefined;
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
      {help && (
        <p className="hint" id={helpId}>
          {help}
        </p>
      )}
      {note && <div id={noteId}>{note}</div>}
      {error && (
        <p className="error-message" id={errorId}>
          {error}
        </p>
      )}
      {children}
      <div className="choices">
        {choices.map((c, i) => (
          <div className="choice" key={c.value}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={choiceInputId(id, i)}
              value={c.value}
              aria-invalid={error ? true : undefined}
              {...registration}
            />
            <label htmlFor={choiceInputId(id, i)}>{c.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
