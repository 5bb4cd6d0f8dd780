// Reading a framework from outside: a file imported on the page, the file deployed beside
// index.html, the copy kept on this device, `npm run framework:check`. Never throws: a refused
// text gives an error code (for the screen's message) and one problem per fault (a JSON path
// and what is wrong), and changes nothing.
import { z } from 'zod/mini';
import type { Content } from '../content/types.ts';
import {
  FRAMEWORK_FIELDS,
  FRAMEWORK_FORMAT,
  FRAMEWORK_FORMAT_VERSION,
  LIMITS,
  MAX_FRAMEWORK_FILE_CHARS,
  RULE_POSITIONS,
  type Framework,
} from './model.ts';

export * from './model.ts';

export type FrameworkError =
  'too-large' | 'malformed' | 'foreign' | 'outdated' | 'invalid' | 'unknown-ids';

/** One fault of a framework file: a JSON path ("rules[2].position") and what is wrong. */
export interface FrameworkProblem {
  path: string;
  message: string;
}

export type FrameworkResult =
  | { ok: true; framework: Framework }
  | { ok: false; error: FrameworkError; problems: FrameworkProblem[] };

const text = (max: number) => z.string().check(z.maxLength(max));
const required = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const NOT_A_NAME =
  "must be a service mailbox (name@domain) or an https link, never a person's name";
const HTTPS = 'must be an https link (https://…)';
const DATE = 'must be a date written YYYY-MM-DD';
/** Our own messages; any other is zod's, which differs with the locale loaded: ours instead. */
const OWN_MESSAGES = new Set([NOT_A_NAME, HTTPS, DATE]);
// `https:/host` (one slash) passes the URL parser, which repairs it; the file must say what it
// means, so the address is written in full or refused.
const httpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: HTTPS })
  .check(z.startsWith('https://', { error: HTTPS }));

const FrameworkSchema = z.strictObject({
  format: z.literal(FRAMEWORK_FORMAT),
  formatVersion: z.literal(FRAMEWORK_FORMAT_VERSION),
  service: required(LIMITS.service),
  country: required(8),
  adoptedOn: z.iso.date({ error: DATE }),
  rules: z
    .array(
      z.strictObject({
        situation: required(80),
        position: z.enum(RULE_POSITIONS),
        reference: text(LIMITS.reference),
      }),
    )
    .check(z.maxLength(LIMITS.rules)),
  equipment: z.strictObject({
    devices: z.enum(FRAMEWORK_FIELDS['equipment.devices']),
    sharedMailbox: z.enum(FRAMEWORK_FIELDS['equipment.sharedMailbox']),
    personalDevices: z.enum(FRAMEWORK_FIELDS['equipment.personalDevices']),
  }),
  approvals: z.strictObject({
    aidantsConnect: z.enum(FRAMEWORK_FIELDS['approvals.aidantsConnect']),
    citizenMandates: z.enum(FRAMEWORK_FIELDS['approvals.citizenMandates']),
  }),
  // An address, never a name: a name has no "@" and is no link, so it can never pass.
  dpo: z.union(
    [
      z.literal(''),
      z.email({ error: NOT_A_NAME }).check(z.maxLength(LIMITS.dpo)),
      z
        .url({ protocol: /^https$/, hostname: z.regexes.domain })
        .check(z.startsWith('https://'), z.maxLength(LIMITS.url)),
    ],
    { error: NOT_A_NAME },
  ),
  partners: z
    .array(
      z.strictObject({
        name: required(LIMITS.partnerName),
        url: httpsUrl.check(z.maxLength(LIMITS.url)),
      }),
    )
    .check(z.maxLength(LIMITS.partners)),
});

/** A zod issue path as a JSON path: ["rules", 2, "position"] → "rules[2].position". */
function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}

/** zod/mini carries no English messages (they would weigh on the page): ours, by issue code. */
function describe(issue: z.core.$ZodIssue): string {
  if (OWN_MESSAGES.has(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `missing, or not a ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'must not be empty'
        : `must have at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `at most ${String(issue.maximum)} entries`
        : `at most ${String(issue.maximum)} characters`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    default:
      return 'invalid value';
  }
}

/** Ids the framework names that this content does not know, and situations listed twice. */
export function frameworkIdProblems(content: Content, framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const countries = content.jurisdictions.jurisdictions.map((j) => j.id);
  if (!countries.includes(framework.country))
    problems.push({ path: 'country', message: `must be ${countries.join(' or ')}` });
  const situations = new Set(content.situations.situations.map((s) => s.id));
  const seen = new Set<string>();
  framework.rules.forEach((rule, i) => {
    if (!situations.has(rule.situation))
      problems.push({
        path: `rules[${i}].situation`,
        message: `unknown situation "${rule.situation}"`,
      });
    else if (seen.has(rule.situation))
      problems.push({ path: `rules[${i}].situation`, message: 'situation listed twice' });
    seen.add(rule.situation);
  });
  return problems;
}

/** The faults of an already parsed value (the page's own form uses it before saving). */
export function checkFramework(content: Content, value: unknown): FrameworkResult {
  const parsed = FrameworkSchema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      error: 'invalid',
      // One line per fault: two checks of one field that say the same thing say it once.
      problems: [
        ...new Map(
          parsed.error.issues.map((issue) => {
            const problem = { path: jsonPath(issue.path), message: describe(issue) };
            return [`${problem.path}\n${problem.message}`, problem] as const;
          }),
        ).values(),
      ],
    };
  const framework: Framework = parsed.data;
  const problems = frameworkIdProblems(content, framework);
  if (problems.length > 0) return { ok: false, error: 'unknown-ids', problems };
  return { ok: true, framework };
}

export function parseFramework(content: Content, input: string): FrameworkResult {
  const refuse = (error: FrameworkError, message: string): FrameworkResult => ({
    ok: false,
    error,
    problems: [{ path: '(root)', message }],
  });
  if (typeof input !== 'string') return refuse('malformed', 'not a text');
  if (input.length > MAX_FRAMEWORK_FILE_CHARS)
    return refuse('too-large', `larger than ${MAX_FRAMEWORK_FILE_CHARS} characters`);
  let raw: unknown;
  try {
    // A byte-order mark (some Windows editors add one) is no reason to refuse a file.
    raw = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  } catch {
    return refuse('malformed', 'not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return refuse('foreign', `not a Discerne framework (no "format": "${FRAMEWORK_FORMAT}")`);
  const { format, formatVersion } = raw as { format?: unknown; formatVersion?: unknown };
  if (format !== FRAMEWORK_FORMAT)
    return refuse('foreign', `not a Discerne framework (no "format": "${FRAMEWORK_FORMAT}")`);
  // A file written by another version of the app: its shape is not guessed.
  if (formatVersion !== FRAMEWORK_FORMAT_VERSION)
    return {
      ok: false,
      error: 'outdated',
      problems: [{ path: 'formatVersion', message: `must be ${FRAMEWORK_FORMAT_VERSION}` }],
    };
  return checkFramework(content, raw);
}
