// The country this device remembers (ADR 0023): where the worker works, so the country step is
// asked once per browser, not once per case. A preference of the device, like the shared
// computer's (keeping.ts), not case data: it says nothing about a person, so it stays in
// localStorage on a shared computer too ("Leave and erase" clears it with everything else).
// What is read comes from outside (another version, another app on the origin, a hand-edited
// value): anything but one of the content's countries is ignored, and the reader never throws.
import type { CaseStore } from '../../domain/case/savedCase.write';
import type { Content, JurisdictionId } from '../../domain/content/types';

export const COUNTRY_KEY = 'discerne.country';

/** A stored value read as one of the content's countries, or null. */
export function countryFrom(content: Content, raw: unknown): JurisdictionId | null {
  if (typeof raw !== 'string') return null;
  return content.jurisdictions.jurisdictions.find((j) => j.id === raw)?.id ?? null;
}

export function readCountry(content: Content, store: CaseStore | null): JurisdictionId | null {
  try {
    return countryFrom(content, store?.getItem(COUNTRY_KEY));
  } catch {
    // Storage unreachable (blocked, a private mode): asked again, nothing else changes.
    return null;
  }
}

export function writeCountry(store: CaseStore | null, country: JurisdictionId): void {
  try {
    store?.setItem(COUNTRY_KEY, country);
  } catch {
    // Full or blocked: the case has its country all the same; the next one asks again.
  }
}
