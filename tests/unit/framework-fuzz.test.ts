// Fuzzing the framework reader like the case files: random text, mutated files and forged JSON
// never make it throw, and what it accepts names only ids the content knows.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseFramework,
  serializeFramework,
  type FrameworkResult,
} from '../../src/domain/framework/read';
import { realContent } from '../support/content';
import { frameworkArb } from '../support/frameworks';

const content = realContent();
const file = readFileSync('tests/fixtures/framework/valid.json', 'utf8');
const situations = content.situations.situations.map((s) => s.id);
const countries = content.jurisdictions.jurisdictions.map((j) => j.id);

const mutated = (text: string) =>
  fc.oneof(
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc
      .array(
        fc.tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: 2 }), fc.string({ maxLength: 3 })),
        { minLength: 1, maxLength: 6 },
      )
      .map((edits) =>
        edits.reduce((t, [at, cut, insert]) => t.slice(0, at) + insert + t.slice(at + cut), text),
      ),
  );

const forged = fc
  .record({
    format: fc.constantFrom('discerne-framework', 'discerne-case', 1),
    formatVersion: fc.constantFrom(1, 2, '1'),
    service: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(null)),
    country: fc.constantFrom('BE', 'FR', 'DE', '__proto__'),
    adoptedOn: fc.constantFrom('2026-01-31', '2026-02-30', 'today', 3),
    rules: fc.array(
      fc.record({
        situation: fc.constantFrom(...situations, 'unknown', '__proto__'),
        position: fc.constantFrom('allowed', 'conditions', 'not-allowed', 'maybe'),
        reference: fc.string({ maxLength: 250 }),
      }),
      { maxLength: 4 },
    ),
    equipment: fc.anything(),
    approvals: fc.record({
      aidantsConnect: fc.constantFrom('habilitated', 'not-set', 'yes'),
      citizenMandates: fc.constantFrom('allowed', 'not-set', true),
    }),
    dpo: fc.constantFrom('', 'dpo@cpas.be', 'Marie Dupont', 'https://x.be/dpo', 'http://x.be'),
    partners: fc.array(fc.record({ name: fc.string(), url: fc.webUrl() }), { maxLength: 3 }),
  })
  .map((f) => JSON.stringify(f));

function expectSafe(result: FrameworkResult) {
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    return;
  }
  expect(countries).toContain(result.framework.country);
  for (const r of result.framework.rules) expect(situations).toContain(r.situation);
  for (const p of result.framework.partners) expect(p.url.startsWith('https://')).toBe(true);
}

describe('framework reader fuzzing', () => {
  // Found by the fuzzer (seed -1703515489): the URL parser repairs "https:/host" into a valid
  // address, and the file was read with the broken text kept.
  it('refuses an address with one slash after https:', () => {
    const broken = file.replace(/"url": "https:\/\//, '"url": "https:/');
    expect(broken).not.toBe(file);
    const result = parseFramework(content, broken);
    expect(result.ok).toBe(false);
  });

  it('never throws on random text, mutated files or forged JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.json(), mutated(file), forged),
        (text) => expectSafe(parseFramework(content, text)),
      ),
      { numRuns: 3000 },
    );
  }, 30_000);

  it('reads back every framework it writes', () => {
    fc.assert(
      fc.property(frameworkArb(content), (framework) => {
        const once = parseFramework(content, serializeFramework(framework));
        expect(once.ok).toBe(true);
        if (once.ok)
          expect(parseFramework(content, serializeFramework(once.framework))).toEqual(once);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
