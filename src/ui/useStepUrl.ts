// Each step has its own URL (#/know…), so the browser's back and forward buttons move between
// steps. The machine stays the judge: a URL for a step the case cannot show is corrected.
import { useEffect, useRef } from 'react';
import { isStep, type Step } from '../domain/wizard/steps';

export function stepFromHash(hash: string): Step | null {
  const name = hash.replace(/^#\/?/, '');
  if (name === '') return 'start';
  return isStep(name) ? name : null;
}

export function hashFor(step: Step): string {
  return step === 'start' ? '#/' : `#/${step}`;
}

/**
 * The machine opens on the step of the address when the case can show it (a reload of `#/know`
 * opens on "know"), so the first sync changes nothing; otherwise it replaces the address,
 * adding no history entry.
 */
export function useStepUrl(step: Step, goTo: (step: Step) => void, enabled = true): void {
  const first = useRef(true);
  useEffect(() => {
    if (!enabled) return;
    const wanted = hashFor(step);
    if (window.location.hash === wanted || (step === 'start' && window.location.hash === '')) {
      first.current = false;
      return;
    }
    // The first sync replaces (a reload must not add an entry); later steps push.
    if (first.current) window.history.replaceState(window.history.state, '', wanted);
    else window.history.pushState(null, '', wanted);
    first.current = false;
  }, [step, enabled]);
  useEffect(() => {
    const onPop = () => {
      // Hashes of pages outside the wizard are not steps: stepFromHash returns null for them.
      const target = stepFromHash(window.location.hash);
      if (target) goTo(target);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [goTo]);
}
