// The error summary pattern (GOV.UK): a box that takes focus on a failed submit and links to
// each field in error.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  /** The id of the element to focus (the first input of the field). */
  target: string;
  message: string;
}

export function ErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  // Only the lazy step screens show it: its words come with them, in `screens`.
  const { t } = useTranslation('screens');
  const ref = useRef<HTMLDivElement>(null);
  // In the same commit as the summary itself (a layout effect, not a passive one): the box is
  // never on screen without the focus, and a screen reader hears it at once. A passive effect
  // ran after paint, and a component test that read the focus as soon as the box showed failed
  // on a loaded machine.
  useLayoutEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Focus again on every failed attempt, not only when the list changes.
  }, [attempt, errors.length]);
  const hasErrors = errors.length > 0;
  useEffect(() => {
    // The tab's title says so too (GOV.UK): "Erreur : <screen> — Discerne", the first thing a
    // screen reader user hears on returning to the tab. Restored once the errors are fixed.
    if (!hasErrors) return;
    const plain = document.title;
    const prefixed = t('errors.titlePrefix', { title: plain });
    document.title = prefixed;
    return () => {
      if (document.title === prefixed) document.title = plain;
    };
  }, [hasErrors, t]);
  if (!hasErrors) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t('errors.summaryTitle')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.target}>
            <a
              href={`#${e.target}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.target)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
