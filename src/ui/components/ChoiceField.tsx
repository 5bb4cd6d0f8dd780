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
  /** Visually larger legend for the page's main question. */
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
  children,
}: Props) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
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
