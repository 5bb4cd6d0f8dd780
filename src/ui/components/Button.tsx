// The app's buttons: one look per role, written once. `primary` moves the worker on (one per
// screen), `secondary` is every other action. Plain <button> underneath: keyboard, focus and
// accessible name as the browser gives them.
import { createElement, type ButtonHTMLAttributes } from 'react';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary';
  /** "submit" for a form's main action; "button" otherwise, so no click submits by accident. */
  type?: 'button' | 'submit';
}

export function Button({ variant = 'secondary', type = 'button', className, ...rest }: Props) {
  const classes = ['button', `button--${variant}`, className].filter(Boolean).join(' ');
  // createElement, not JSX: an entry module with JSX imported by lazy screens makes the bundler
  // split React out of the entry (ADR 0014, "bundling constraint").
  return createElement('button', { type, className: classes, ...rest });
}
