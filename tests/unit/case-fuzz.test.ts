// Fuzzing what comes from outside: files to import and share links. Thousands of random and
// mutated inputs: parsing never throws, and what is refused never reaches the case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/domain/case/caseFile.read';
import { serializeCase } from '../../src/domain/case/caseFile.write';
import { decodeShare } from '../../src/domain/case/shareLink.read';
import { checkCharacters, encodeShare, structureHash } from '../../src/domain/case/shareLink.write';
import { readCaseFile } from '../../src/ui/case/readCaseFile';
import type { CaseData } from '../../src/domain/wizard';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';

const content = realContent();
const situations = content.situations.situations.map((s) => s.id);
const valid: CaseData = {
  ...answeredCase(content, situations[0]!),
  description: 'quelques mots',
  sheet: { reference: 'R-7', notes: 'note', consent: 'asked' },
};
const file = serializeCase(content, valid);
const link = encodeShare(content, valid);

/** A text with a few characters replaced, deleted or inserted, or cut short. */
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

/** JSON of the right shape with wrong values: the zod schema's job. */
const forgedFile = fc
  .record({
    format: fc.constantFrom('discerne-case', 'other', 1),
    formatVersion: fc.constantFrom(1, 2, '1', 0),
    contentVersion: fc.constantFrom(content.manifest.version, '0.0.1', '99.1.0', 'x'),
    savedAt: fc.constantFrom(new Date().toISOString(), 'today', 12),
    case: fc.record({
      jurisdiction: fc.constantFrom('BE', 'FR', 'DE', null),
      situation: fc.constantFrom(...situations, 'unknown', null, 3),
      description: fc.oneof(fc.string(), fc.constant(null)),
      answers: fc.dictionary(
        fc.constantFrom(...Object.keys(valid.answers), '__proto__', 'constructor', 'x'),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
      ),
      sheet: fc.anything(),
    }),
  })
  .map((f) => JSON.stringify(f));

/** Whatever the outcome, a valid result holds only ids this content knows. */
function expectSafe(result: { ok: boolean; data?: CaseData }) {
  if (!result.ok) return;
  expect(situations).toContain(result.data!.situation);
}

describe('import fuzzing', () => {
  it('never throws on random text, mutated files or forged JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.json(), mutated(file), forgedFile),
        (text) => {
          const result = parseCaseFile(content, text);
          expectSafe(result);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('reads a chosen file the same way, and refuses what it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(file), forgedFile), async (text) => {
        const viaFile = await readCaseFile(content, new Blob([text]));
        const direct = parseCaseFile(content, text);
        expect(viaFile.ok).toBe(direct.ok);
        if (!viaFile.ok && !direct.ok) expect(viaFile.error).toBe(direct.error);
      }),
      { numRuns: 500 },
    );
  });
});

describe('share link fuzzing', () => {
  it('never throws on random or mutated links, or forged payloads', () => {
    const forged = fc
      .tuple(
        fc.constantFrom('2', '1', '02'),
        fc.constantFrom(structureHash(content), 'abc'),
        fc.constantFrom('BE', 'FR', 'XX'),
        fc.constantFrom('0', '1', 'e', 'zz'),
        fc.stringMatching(/^[0-9a-z_-]{0,80}$/),
      )
      .chain((parts) =>
        fc.constantFrom(parts.join('.'), `${parts.join('.')}.${checkCharacters(parts.join('.'))}`),
      );
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), mutated(link), forged, fc.base64String()),
        (encoded) => expectSafe(decodeShare(content, encoded)),
      ),
      { numRuns: 4000 },
    );
  });
});
