// The country this device remembers (ADR 0023) is read from localStorage, which anything on
// the origin, another version or a hand edit may have written: only one of the content's
// countries is ever read back, anything else is ignored (the country step is asked), and a
// storage that throws is no country either.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_KEY,
  countryFrom,
  readCountry,
  writeCountry,
} from '../../src/ui/case/countryPreference';
import { realContent } from '../support/content';

const content = realContent();
const ids = content.jurisdictions.jurisdictions.map((j) => j.id);

/** A localStorage in memory. */
function memoryStore(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('the remembered country', () => {
  it('reads back every country of the content it wrote', () => {
    for (const id of ids) {
      const store = memoryStore();
      writeCountry(store, id);
      expect(store.getItem(COUNTRY_KEY)).toBe(id);
      expect(readCountry(content, store)).toBe(id);
    }
  });

  it('reads nothing when nothing was written', () => {
    expect(readCountry(content, memoryStore())).toBeNull();
    expect(readCountry(content, null)).toBeNull();
  });

  it('ignores any other value, whatever it is', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          // Near misses: another case, spaces, a JSON string, a country of another version.
          fc.constantFrom(
            ...ids.flatMap((id) => [id.toLowerCase(), ` ${id}`, `"${id}"`, `${id}X`]),
          ),
          fc.constantFrom('DE', 'LU', 'CH', 'default', '__proto__', 'constructor', 'null', ''),
        ),
        (raw) => {
          fc.pre(!ids.includes(raw));
          expect(readCountry(content, memoryStore({ [COUNTRY_KEY]: raw }))).toBeNull();
        },
      ),
    );
  });

  it('reads any non-string as nothing, and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        if (typeof raw === 'string' && ids.includes(raw)) return;
        expect(countryFrom(content, raw)).toBeNull();
      }),
    );
  });

  it('is no country when the storage cannot be read, and a failed write is harmless', () => {
    const broken = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(readCountry(content, broken)).toBeNull();
    expect(() => writeCountry(broken, ids[0]!)).not.toThrow();
  });
});
