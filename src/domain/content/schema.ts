// The content model: zod schemas are the single source of truth. TypeScript types are inferred
// from them (types.ts) and the JSON Schema in content/schema/ is generated from them.
// Only the structure lives here; every word lives in content/locales/<lng>/<namespace>.json
// under keys derived from ids (see keys.ts and docs/adr/0002-content-model.md).
import { z } from 'zod';

/** Lower-case ids, dot or dash separated: "know.skills", "email-for-jobseeker". */
export const Id = z
  .string()
  .regex(/^[a-z][a-z0-9]*([.-][a-z0-9]+)*$/, 'id: lower-case letters, digits, "." or "-"');

export const PostureId = z.enum(['know', 'want', 'can']);
/** How much an answer weighs within its posture, from harmless to blocking. */
export const Signal = z.enum(['fine', 'unsure', 'action', 'blocking']);
/** A posture's verdict, from the worst signal of the answers on the path. */
export const Verdict = z.enum(['clear', 'conditions', 'blocked']);
/**
 * A country the content covers, by its code; which ones exist is the content's business
 * (jurisdictions.json), checked by checks/references.ts, never a list written here.
 */
export const JurisdictionId = z.string().regex(/^[A-Z]{2}$/, 'jurisdiction: a country code (BE)');
/** Where a text or resource applies: a jurisdiction, the whole EU, or everywhere. */
export const JurisdictionScope = z.union([JurisdictionId, z.enum(['EU', 'all'])]);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date: YYYY-MM-DD');
const SchemaRef = { $schema: z.string().optional() };

/** A condition over earlier answers, the chosen situation or the jurisdiction. */
export type Condition =
  | { answer: string; anyOf: string[] }
  | { situation: string[] }
  | { jurisdiction: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ answer: Id, anyOf: z.array(Id).min(1) }),
    z.strictObject({ situation: z.array(Id).min(1) }),
    z.strictObject({ jurisdiction: z.array(z.string()).min(1) }),
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
  ]),
);

export const Option = z.strictObject({
  id: Id,
  signal: Signal,
  /** The reason this answer weighs, with its source; absent when the answer is neutral. */
  reason: Id.optional(),
  advice: z.array(Id).default([]),
  resources: z.array(Id).default([]),
  /** Facts the decision table reads, such as "person-refuses". */
  flags: z.array(Id).default([]),
  /** In a several-choice question, an answer that cannot be combined with others ("none"). */
  exclusive: z.boolean().default(false),
});

export const QuestionKind = z.enum(['single', 'multiple', 'yesNoUnsure']);

/** Whether the worker or the service can change a question's answer (a lever: equipment, a
 *  mandate, a colleague's help, an internal rule to negotiate) or not (a fact: the person's
 *  choice, the law, the situation itself). Only levers are ever suggested as "what would change
 *  the outcome"; a question not marked is a fact, so nothing is suggested by accident. */
export const QuestionNature = z.enum(['lever', 'fact']);

/** The situations a question is shown on: "all", or a list. content:check proves the declaration
 *  matches what the conditions and the situations' extraQuestions really show, so a trainer reads
 *  on the question itself where it appears. */
export const QuestionSituations = z.union([z.literal('all'), z.array(Id).min(1)]);

export const Question = z
  .strictObject({
    id: Id,
    kind: QuestionKind,
    nature: QuestionNature.default('fact'),
    situations: QuestionSituations,
    condition: Condition.optional(),
    options: z.array(Option).min(2),
  })
  .refine(
    (q) =>
      q.kind !== 'yesNoUnsure' ||
      q.options.map((o) => o.id).join(',') === ['yes', 'no', 'unsure'].join(','),
    { message: 'a yesNoUnsure question has exactly the options yes, no, unsure, in that order' },
  );

export const PostureFile = z.strictObject({
  ...SchemaRef,
  posture: PostureId,
  questions: z.array(Question).min(1),
});

export const Situation = z.strictObject({
  id: Id,
  tags: z.array(Id).default([]),
  /** Questions asked only for this situation, on top of every posture's common ones. */
  extraQuestions: z.array(Id).default([]),
  /** "Other situation": the worker describes it in a few words (never a name). */
  freeText: z.boolean().default(false),
  /** Flags raised whenever this situation is chosen, for the decision table: "service-level"
   *  situations get outcomes about the service, never about orienting one person. */
  flags: z.array(Id).default([]),
});

export const SituationsFile = z.strictObject({
  ...SchemaRef,
  tags: z.array(Id),
  situations: z.array(Situation).min(1),
});

export const SourceKind = z.strictObject({
  id: Id,
  /** Place in the hierarchy of norms: lower ranks come first and weigh more. */
  rank: z.number().int().min(0),
  /** A legal kind (law, GDPR, secrecy): its reasons must cite official sources. */
  legal: z.boolean().default(false),
});

/** One official text a legal reason rests on. Its label is `reason.<reason>.sources.<id>`. */
export const LegalSource = z.strictObject({
  id: Id,
  /** BE, FR, or EU for a text that applies in both. */
  jurisdiction: z.enum(['BE', 'FR', 'EU']),
  /** The official consolidated text: Justel or the Moniteur, Légifrance, EUR-Lex, a court. */
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
  /** The day someone read the provision in force at that address. */
  checked: IsoDate,
});

export const Reason = z.strictObject({
  id: Id,
  source: Id,
  /** Jurisdictions the reason applies in; its reference text may differ per jurisdiction. */
  jurisdiction: z.array(JurisdictionScope).min(1).default(['all']),
  resources: z.array(Id).default([]),
  sources: z.array(LegalSource).default([]),
});

export const ReasonsFile = z.strictObject({
  ...SchemaRef,
  sourceKinds: z.array(SourceKind).min(1),
  reasons: z.array(Reason),
});

export const Outcome = z.strictObject({
  id: Id,
  /** 0 is the most permissive outcome; higher is more cautious. Used to prove monotonicity. */
  caution: z.number().int().min(0),
  nextSteps: z.array(Id).default([]),
  resources: z.array(Id).default([]),
});

export const RuleWhen = z.strictObject({
  know: z.array(Verdict).min(1).optional(),
  want: z.array(Verdict).min(1).optional(),
  can: z.array(Verdict).min(1).optional(),
  /** Every flag listed must be raised. */
  flags: z.array(Id).min(1).optional(),
  /** None of the flags listed may be raised. */
  notFlags: z.array(Id).min(1).optional(),
});

export const DecisionRule = z.strictObject({
  id: Id,
  when: RuleWhen,
  outcome: Id,
});

export const OutcomesFile = z.strictObject({
  ...SchemaRef,
  flags: z.array(Id),
  outcomes: z.array(Outcome).min(1),
  /** The decision table. Rules are tried in order: the first that matches decides. */
  rules: z.array(DecisionRule).min(1),
});

/** A publication date as precise as the publisher gives it: a year, a month or a day. */
const PublishedDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date: YYYY, YYYY-MM or YYYY-MM-DD');

export const Resource = z.strictObject({
  id: Id,
  /** The page a worker needs, never a site's home page (content:check, checks/resources.ts). */
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
  kind: Id,
  jurisdiction: JurisdictionScope,
  /** Where in its country the resource applies when that is narrower than the country (CABAN:
   *  Brussels only): an id of the carnet's `areas`. Absent: the whole jurisdiction. */
  area: Id.optional(),
  postures: z.array(PostureId).min(1),
  reviewed: IsoDate,
  /** Language of the resource itself, not of its description. */
  language: z.enum(['fr', 'en', 'nl', 'de']),
  /** Articles and reports carry the date their publisher gave them; the carnet lists every
   *  resource with a publication date among its articles, newest first. */
  published: PublishedDate.optional(),
  /** The site's home page is itself the list of places a worker needs (a network whose home
   *  page is its directory): the one case where a bare home page is accepted. Say why in the
   *  ADR of the content version. Optional, not defaulted: every byte of the content is in the
   *  first visit's script. */
  directory: z.boolean().optional(),
});

export const Advice = z.strictObject({
  id: Id,
  jurisdiction: JurisdictionScope.default('all'),
  resources: z.array(Id).default([]),
});

export const Practice = z.strictObject({
  id: Id,
  postures: z.array(PostureId).min(1),
  jurisdiction: JurisdictionScope.default('all'),
});

export const CarnetFile = z.strictObject({
  ...SchemaRef,
  resourceKinds: z.array(Id).min(1),
  /** Parts of a country a resource may be limited to (Brussels, Wallonia…). */
  areas: z.array(Id).default([]),
  resources: z.array(Resource),
  advice: z.array(Advice),
  practices: z.array(Practice),
});

/** A term of art explained in the glossary and where it appears. Its words live in the
 *  `glossary` namespace (`term.<id>.name`, `.definition`, `.forms`), with `_BE`/`_FR` variants
 *  where each country has its own word (ROI / règlement intérieur). The glossary is its own file,
 *  outside the inlined content, so a first visit downloads none of it (ADR 0015). */
export const GlossaryTerm = z.strictObject({
  id: Id,
  /** Where the term is used: a Belgian word (eBox, CSAM) means nothing to a French worker. */
  jurisdiction: JurisdictionScope.default('all'),
  /** Carnet resources that say more about it. */
  resources: z.array(Id).default([]),
});

export const GlossaryFile = z.strictObject({
  ...SchemaRef,
  terms: z.array(GlossaryTerm).min(1),
});

// A country's law: its id only. The language of the screens is never read as a country (a
// French speaker may work in Brussels, an English one anywhere): the worker says where they work.
export const Jurisdiction = z.strictObject({
  id: JurisdictionId,
});

export const JurisdictionsFile = z.strictObject({
  ...SchemaRef,
  jurisdictions: z.array(Jurisdiction).min(1),
  default: JurisdictionId,
});

export const ManifestFile = z.strictObject({
  ...SchemaRef,
  /** Bumped whenever ids change meaning; saved cases and share links carry it. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version: MAJOR.MINOR.PATCH'),
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  /** The reference language: other locales are checked against it. */
  reference: z.string(),
});

/** A case study for workshop mode: a short narrative (in the `workshop` namespace) about one
 *  situation, with discussion prompts per question and, optionally, the answers its author would
 *  suggest. Prompt texts live at `case.<id>.prompts.<question id>.<prompt id>`. */
export const WorkshopCase = z.strictObject({
  id: Id,
  situation: Id,
  jurisdiction: JurisdictionId,
  /** Question id → prompt ids, discussed in the order of the questions in their posture. */
  prompts: z.record(Id, z.array(Id).min(1)),
  /** Question id → option ids the case's author would answer; a basis for discussion. */
  suggested: z.record(Id, z.array(Id).min(1)).default({}),
});

/** The labels groups choose in a live workshop: a letter and a colour ("Groupe B — vert"), never
 *  a person's name. Colours are ids; their words are in the `screens` namespace. */
export const GroupLabels = z.strictObject({
  letters: z.array(z.string().regex(/^[A-Z]$/, 'letter: one capital letter A–Z')).min(2),
  colours: z.array(Id).min(2),
});

export const WorkshopFile = z.strictObject({
  ...SchemaRef,
  groupLabels: GroupLabels,
  cases: z.array(WorkshopCase).min(1),
});

/** Every file of a content folder, by its path relative to the folder. */
export const contentFiles = {
  'content.json': ManifestFile,
  'situations.json': SituationsFile,
  'postures/know.json': PostureFile,
  'postures/want.json': PostureFile,
  'postures/can.json': PostureFile,
  'reasons.json': ReasonsFile,
  'outcomes.json': OutcomesFile,
  'carnet.json': CarnetFile,
  'jurisdictions.json': JurisdictionsFile,
  'workshop.json': WorkshopFile,
} as const;

export type ContentFileName = keyof typeof contentFiles;
