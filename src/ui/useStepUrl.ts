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
 * `arriving` is the step the app opens on (a reload of `#/know` opens on "know"): the URL is
 * left alone until the machine gets there, so the reload adds and loses no history entry.
 */
export function useStepUrl(
  step: Step,
  goTo: (step: Step) => void,
  enabled = true,
  arriving: Step = 'start',
): void {
  const first = useRef(true);
  const arrived = useRef(false);
  useEffect(() => {
    if (!enabled) return;
    if (!arrived.current) {
      if (step !== arriving) return;
      arrived.current = true;
    }
    const wanted = hashFor(step);
    if (window.location.hash === wanted || (step === 'start' && window.location.hash === '')) {
      first.current = false;
      return;
    }
    // The first sync replaces (a reload must not add an entry); later steps push.
    if (first.current) window.history.replaceState(window.history.state, '', wanted);
    else window.history.pushState(null, '', wanted);
    first.current = false;
  }, [step, enabled, arriving]);
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
