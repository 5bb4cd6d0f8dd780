// The service's framework (ADR 0019): what a service decides once, beneath the law, for every
// case — the position of its internal rules per situation, its equipment, its approvals, how to
// reach its DPO, the partners nearby. Not case data: it describes the service, never a person.
// This file is the model and the writer; the reader (read.ts) validates outside input with
// zod/mini, so writing needs no validator.

/** Says "this JSON is a Discerne framework", so another app's JSON is told apart. */
export const FRAMEWORK_FORMAT = 'discerne-framework';
/** Bumped when the file's shape changes; other versions are refused, never guessed. */
export const FRAMEWORK_FORMAT_VERSION = 1;
/** Far above any real framework (a few KiB): refuses a wrong file before parsing it. */
export const MAX_FRAMEWORK_FILE_CHARS = 100_000;
/** Limits of a field's length and of the lists, so a forged file cannot flood a screen. */
export const LIMITS = {
  service: 120,
  reference: 200,
  partnerName: 120,
  url: 500,
  dpo: 254,
  rules: 100,
  partners: 30,
} as const;

/** The internal rules' position on a situation. */
export const RULE_POSITIONS = ['allowed', 'conditions', 'not-allowed'] as const;
export type RulePosition = (typeof RULE_POSITIONS)[number];

/**
 * Every field of the framework that can settle a question, with the values it takes. The
 * content's mapping (content/framework.json) says which question and option each value settles:
 * which questions a framework answers is data, not code. `rule` is the position of the internal
 * rules on the case's own situation. "not-set" never settles anything.
 */
export const FRAMEWORK_FIELDS = {
  rule: RULE_POSITIONS,
  'equipment.devices': ['yes', 'no', 'not-set'],
  'equipment.sharedMailbox': ['yes', 'no', 'not-set'],
  'equipment.personalDevices': ['allowed', 'not-allowed', 'not-set'],
  'approvals.aidantsConnect': ['habilitated', 'not-habilitated', 'not-set'],
  'approvals.citizenMandates': ['allowed', 'not-allowed', 'not-set'],
} as const;
export type FrameworkField = keyof typeof FRAMEWORK_FIELDS;
export const FIELD_NAMES = Object.keys(FRAMEWORK_FIELDS) as FrameworkField[];
export type FieldValue<F extends FrameworkField> = (typeof FRAMEWORK_FIELDS)[F][number];

export interface InternalRule {
  situation: string;
  position: RulePosition;
  /** The rule's own reference, e.g. "règlement de travail, art. 12"; may be empty. */
  reference: string;
}

export interface Partner {
  /** The structure's name (an EPN, France Services, a CPAS digital helper), never a person's. */
  name: string;
  /** Its page, https only. */
  url: string;
}

export interface Framework {
  format: typeof FRAMEWORK_FORMAT;
  formatVersion: typeof FRAMEWORK_FORMAT_VERSION;
  /** The service's name, as the worker sees it: "the framework of <service>". */
  service: string;
  /** A jurisdiction id of the content ("BE", "FR"): the framework applies to cases there. */
  country: string;
  /** "YYYY-MM-DD": shown with every answer the framework settles. */
  adoptedOn: string;
  rules: InternalRule[];
  equipment: {
    devices: FieldValue<'equipment.devices'>;
    sharedMailbox: FieldValue<'equipment.sharedMailbox'>;
    personalDevices: FieldValue<'equipment.personalDevices'>;
  };
  approvals: {
    aidantsConnect: FieldValue<'approvals.aidantsConnect'>;
    citizenMandates: FieldValue<'approvals.citizenMandates'>;
  };
  /** A service mailbox or an https page to reach the DPO; "" when not recorded. Never a name. */
  dpo: string;
  partners: Partner[];
}

/** A framework with nothing recorded yet: the page's starting point. */
export function emptyFramework(country: string, today: string): Framework {
  return {
    format: FRAMEWORK_FORMAT,
    formatVersion: FRAMEWORK_FORMAT_VERSION,
    service: '',
    country,
    adoptedOn: today,
    rules: [],
    equipment: { devices: 'not-set', sharedMailbox: 'not-set', personalDevices: 'not-set' },
    approvals: { aidantsConnect: 'not-set', citizenMandates: 'not-set' },
    dpo: '',
    partners: [],
  };
}

/** The value a field takes in a framework, for a case in `situation`. */
export function fieldValue(
  framework: Framework,
  field: FrameworkField,
  situation: string | null,
): string | null {
  switch (field) {
    case 'rule':
      return framework.rules.find((r) => r.situation === situation)?.position ?? null;
    case 'equipment.devices':
      return framework.equipment.devices;
    case 'equipment.sharedMailbox':
      return framework.equipment.sharedMailbox;
    case 'equipment.personalDevices':
      return framework.equipment.personalDevices;
    case 'approvals.aidantsConnect':
      return framework.approvals.aidantsConnect;
    case 'approvals.citizenMandates':
      return framework.approvals.citizenMandates;
  }
}

/** A copy with every text trimmed, so what is saved is what the reader accepts. */
export function normalizeFramework(framework: Framework): Framework {
  return {
    format: FRAMEWORK_FORMAT,
    formatVersion: FRAMEWORK_FORMAT_VERSION,
    service: framework.service.trim(),
    country: framework.country,
    adoptedOn: framework.adoptedOn,
    rules: framework.rules.map((r) => ({ ...r, reference: r.reference.trim() })),
    equipment: { ...framework.equipment },
    approvals: { ...framework.approvals },
    dpo: framework.dpo.trim(),
    partners: framework.partners.map((p) => ({ name: p.name.trim(), url: p.url.trim() })),
  };
}

export function serializeFramework(framework: Framework): string {
  return `${JSON.stringify(normalizeFramework(framework), null, 2)}\n`;
}

/** A file name that says what it is and when it was adopted, never who. */
export function frameworkFileName(framework: Framework): string {
  return `discerne-framework-${framework.adoptedOn}.json`;
}
