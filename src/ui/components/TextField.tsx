// A labelled text control with its hint and its error, as GOV.UK builds them: label, hint, error
// message, then the control, which names the hint and the error in aria-describedby and says
// aria-invalid while there is an error. The one way the app builds its text fields (a case
// reference, notes, a situation's few words, a framework's fields, a file to open): the control
// itself stays the caller's, an input, a textarea or a date, with its own limits and handlers.
import type { ReactElement, ReactNode } from 'react';

/** What the control must carry for the label, hint and error to reach assistive technologies. */
export interface FieldWiring {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface Props {
  /** The control's id: the label points at it, the hint and the error are named after it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The hint is a warning (never a name, nothing about the person): shown as one. */
  warning?: boolean;
  error?: string | null;
  /** Said at once when it appears (an error that comes from a file read, not from a submit). */
  announceError?: boolean;
  /** More classes on the field's box (`no-print`, a layout of the page's own). */
  className?: string;
  children: (wiring: FieldWiring) => ReactElement;
}

export function TextField({
  id,
  label,
  hint,
  warning,
  error,
  announceError,
  className,
  children,
}: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  const classes = ['field', error && 'field--error', className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className={warning ? 'hint warning' : 'hint'} id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={errorId} role={announceError ? 'alert' : undefined}>
          {error}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}
