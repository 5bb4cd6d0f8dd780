// "Change" on the check page lands on the question itself, not on the top of the page: the
// check page names the field (its inputs' name) before it sends the worker back, and the page
// that opens focuses that field's chosen answer (or its first) once it is there. Module state,
// read once: only the arrival right after a "Change" is concerned.
import { useEffect } from 'react';

let pending: string | null = null;

/** Called by the check page's "Change" buttons, just before leaving. */
export function focusOnChange(inputName: string): void {
  pending = inputName;
}

/** On a step page: focuses the field the worker came back to change, if any. */
export function useChangeFocus(): void {
  useEffect(() => {
    const name = pending;
    pending = null;
    if (!name) return;
    // After the host has focused the page's heading on arrival (an earlier sibling's effect).
    const timer = setTimeout(() => {
      const inputs = [...document.querySelectorAll<HTMLInputElement>('input, textarea')].filter(
        (i) => i.name === name,
      );
      const target = inputs.find((i) => i.checked) ?? inputs[0];
      target?.focus();
      target?.scrollIntoView({ block: 'center' });
    }, 0);
    return () => clearTimeout(timer);
  }, []);
}
