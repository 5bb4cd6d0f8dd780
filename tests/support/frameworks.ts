// fast-check arbitraries of service frameworks (ADR 0019) and of mappings, over a content set.
import fc from 'fast-check';
import type { Content } from '../../src/domain/content/types';
import type { FrameworkMap, FrameworkSettle } from '../../src/domain/content/frameworkMap';
import {
  FIELD_NAMES,
  FRAMEWORK_FIELDS,
  FRAMEWORK_FORMAT,
  FRAMEWORK_FORMAT_VERSION,
  RULE_POSITIONS,
  type Framework,
} from '../../src/domain/framework/model';
import { allQuestions } from './arbitraries';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

export function frameworkArb(content: Content): fc.Arbitrary<Framework> {
  const situations = content.situations.situations.map((s) => s.id);
  return fc.record({
    format: fc.constant(FRAMEWORK_FORMAT),
    formatVersion: fc.constant(FRAMEWORK_FORMAT_VERSION),
    service: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    country: pick(content.jurisdictions.jurisdictions.map((j) => j.id)),
    adoptedOn: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    rules: fc.uniqueArray(
      fc.record({
        situation: pick(situations),
        position: pick(RULE_POSITIONS),
        reference: fc.string({ maxLength: 30 }),
      }),
      { selector: (r) => r.situation, maxLength: situations.length },
    ),
    equipment: fc.record({
      devices: pick(FRAMEWORK_FIELDS['equipment.devices']),
      sharedMailbox: pick(FRAMEWORK_FIELDS['equipment.sharedMailbox']),
      personalDevices: pick(FRAMEWORK_FIELDS['equipment.personalDevices']),
    }),
    approvals: fc.record({
      aidantsConnect: pick(FRAMEWORK_FIELDS['approvals.aidantsConnect']),
      citizenMandates: pick(FRAMEWORK_FIELDS['approvals.citizenMandates']),
    }),
    dpo: fc.constantFrom('', 'dpo@service.example.be', 'https://service.example.fr/dpo'),
    partners: fc.array(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
        url: fc.constantFrom('https://epn.example.be/', 'https://france-services.example.fr/a'),
      }),
      { maxLength: 3 },
    ),
  });
}

/** Any mapping a content author could write: any field value onto any single-choice option. */
export function frameworkMapArb(content: Content): fc.Arbitrary<FrameworkMap> {
  const targets = allQuestions(content)
    .filter((q) => q.kind !== 'multiple')
    .flatMap((q) => q.options.map((o) => ({ question: q.id, option: o.id })));
  const settle: fc.Arbitrary<FrameworkSettle> = fc
    .tuple(pick(FIELD_NAMES), pick(targets), fc.option(pick(['BE', 'FR']), { nil: undefined }))
    .chain(([field, target, j]) =>
      pick(FRAMEWORK_FIELDS[field] as readonly string[]).map((value) => ({
        field,
        value,
        ...target,
        ...(j ? { jurisdiction: [j] } : {}),
      })),
    );
  return fc.array(settle, { maxLength: 12 }).map((settles) => ({ settles }));
}
