// content:check, one fault at a time: each case copies the valid base fixture to a temp folder,
// introduces exactly one fault, and proves the reported line names the file and the JSON path.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/domain/content/check';
import { syntaxErrorOffset } from '../../src/domain/content/json-position';
import { jsonSchemas, schemaName, schemaText } from '../../src/domain/content/json-schema';
import { parseJson } from '../../src/domain/content/load';
import { formatProblem } from '../../src/domain/content/problem';
import { contentFiles } from '../../src/domain/content/schema';
import { NAMESPACES } from '../../src/i18n/namespaces';

const BASE = 'tests/fixtures/content/base';
const TODAY = '2026-06-01';
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access,
   @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment,
   @typescript-eslint/no-redundant-type-constituents -- mutations reach into untyped JSON on purpose */
type Json = any;
type Mutation = Record<string, (json: Json) => Json | void>;

/** A copy of the base fixture with each listed file changed by its function. */
function fixture(mutation: Mutation): string {
  const dir = mkdtempSync(join(tmpdir(), 'discerne-content-'));
  temps.push(dir);
  cpSync(BASE, dir, { recursive: true });
  for (const [file, change] of Object.entries(mutation)) {
    const json: Json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    writeFileSync(join(dir, file), JSON.stringify(change(json) ?? json, null, 2));
  }
  return dir;
}

const lines = (dir: string) =>
  checkContent(dir, { today: TODAY, namespaces: NAMESPACES }).problems.map(formatProblem);

/** Appends a copy of an array's first item: a duplicate id and nothing else. */
const copyFirst = (array: string) => (json: Json) => void json[array].push(json[array][0]);

describe('the base fixture', () => {
  it('is valid, so every fault below is the only one', () => {
    expect(lines(BASE)).toEqual([]);
  });

  it("accepts a question's label in the words of a situation it declares, in every language", () => {
    const words = (lng: string) => (j: Json) => {
      j.question.can.mandate.label_email = `${lng}: mandate, email`;
      j.question.know.skills.label_other = `${lng}: skills, other`;
    };
    const dir = fixture({
      'locales/fr/content.json': words('fr'),
      'locales/en/content.json': words('en'),
    });
    expect(lines(dir)).toEqual([]);
  });
});

interface Case {
  name: string;
  mutation: Mutation;
  /** Every line printed, exactly. */
  expected: string[];
}

const cases: Case[] = [
  // the schema
  {
    name: 'an unknown field',
    mutation: { 'carnet.json': (j) => void (j.resources[0].colour = 'red') },
    expected: ['carnet.json: resources[0]: Unrecognized key: "colour"'],
  },
  {
    name: 'a URL that is not https',
    mutation: { 'carnet.json': (j) => void (j.resources[0].url = 'http://www.cnil.fr/') },
    expected: ['carnet.json: resources[0].url: Invalid URL'],
  },
  {
    name: 'a signal outside the scale',
    mutation: { 'postures/know.json': (j) => void (j.questions[0].options[0].signal = 'ok') },
    expected: [
      'postures/know.json: questions[0].options[0].signal: Invalid option: expected one of "fine"|"unsure"|"action"|"blocking"',
    ],
  },
  // unique ids
  ...(
    [
      [
        'situations.json',
        'situations[2].id',
        copyFirst('situations'),
        'situation',
        'situations[0].id',
      ],
      ['situations.json', 'tags[1]', copyFirst('tags'), 'tag', 'tags[0]'],
      [
        'postures/want.json',
        'questions[1].id',
        copyFirst('questions'),
        'question',
        'questions[0].id',
      ],
      [
        'postures/know.json',
        'questions[0].options[2].id',
        (j: Json) => copyFirst('options')(j.questions[0]),
        'option (in question "know.skills")',
        'questions[0].options[0].id',
      ],
      [
        'reasons.json',
        'sourceKinds[2].id',
        copyFirst('sourceKinds'),
        'source kind',
        'sourceKinds[0].id',
      ],
      ['reasons.json', 'reasons[2].id', copyFirst('reasons'), 'reason', 'reasons[0].id'],
      ['outcomes.json', 'flags[2]', copyFirst('flags'), 'flag', 'flags[0]'],
      ['outcomes.json', 'outcomes[4].id', copyFirst('outcomes'), 'outcome', 'outcomes[0].id'],
      [
        'outcomes.json',
        'rules[6].id',
        (j: Json) => void (j.rules[6].id = 'law-blocks'),
        'rule',
        'rules[0].id',
      ],
      ['carnet.json', 'resources[1].id', copyFirst('resources'), 'resource', 'resources[0].id'],
      [
        'carnet.json',
        'resourceKinds[1]',
        copyFirst('resourceKinds'),
        'resource kind',
        'resourceKinds[0]',
      ],
      ['carnet.json', 'advice[3].id', copyFirst('advice'), 'advice', 'advice[0].id'],
      ['carnet.json', 'practices[1].id', copyFirst('practices'), 'practice', 'practices[0].id'],
      [
        'jurisdictions.json',
        'jurisdictions[2].id',
        copyFirst('jurisdictions'),
        'jurisdiction',
        'jurisdictions[0].id',
      ],
    ] as const
  ).map(([file, path, change, what, first]) => ({
    name: `a duplicate ${what} id`,
    mutation: { [file]: change },
    expected: [
      expect.stringMatching(
        new RegExp(
          `^${esc(file)}: ${esc(path)}: duplicate ${esc(what)} id "[^"]+" \\(first at ${esc(first)}\\)$`,
        ),
      ),
    ],
  })),
  {
    name: 'a question id used in two postures',
    mutation: {
      'postures/can.json': (j) =>
        void j.questions.push({
          id: 'know.skills',
          kind: 'single',
          situations: 'all',
          options: [
            { id: 'yes', signal: 'fine' },
            { id: 'no', signal: 'blocking', flags: ['better-placed'] },
          ],
        }),
    },
    expected: [
      'postures/can.json: questions[2].id: duplicate question id "know.skills" (first at postures/know.json: questions[0].id)',
    ],
  },
  // references
  ...(
    [
      [
        'postures/can.json',
        'questions[0].options[0].reason',
        (j: Json) => void (j.questions[0].options[0].reason = 'x'),
        'reason',
      ],
      [
        'postures/can.json',
        'questions[0].options[0].advice[0]',
        (j: Json) => void (j.questions[0].options[0].advice = ['x']),
        'advice',
      ],
      [
        'postures/can.json',
        'questions[0].options[0].resources[0]',
        (j: Json) => void (j.questions[0].options[0].resources = ['x']),
        'resource',
      ],
      [
        'postures/know.json',
        'questions[0].options[1].flags[0]',
        (j: Json) => void (j.questions[0].options[1].flags = ['x']),
        'flag',
      ],
      [
        'situations.json',
        'situations[0].tags[0]',
        (j: Json) => void (j.situations[0].tags = ['x']),
        'tag',
      ],
      [
        'situations.json',
        'situations[1].extraQuestions[0]',
        (j: Json) => void (j.situations[1].extraQuestions = ['x']),
        'question',
      ],
      [
        'reasons.json',
        'reasons[0].source',
        (j: Json) => void (j.reasons[0].source = 'x'),
        'source kind',
      ],
      [
        'reasons.json',
        'reasons[1].resources[0]',
        (j: Json) => void (j.reasons[1].resources = ['x']),
        'resource',
      ],
      [
        'outcomes.json',
        'outcomes[2].nextSteps[0]',
        (j: Json) => void (j.outcomes[2].nextSteps = ['x']),
        'advice',
      ],
      [
        'outcomes.json',
        'outcomes[3].resources[0]',
        (j: Json) => void (j.outcomes[3].resources = ['x']),
        'resource',
      ],
      [
        'carnet.json',
        'advice[2].resources[0]',
        (j: Json) => void (j.advice[2].resources = ['x']),
        'resource',
      ],
      [
        'carnet.json',
        'resources[0].kind',
        (j: Json) => void (j.resources[0].kind = 'x'),
        'resource kind',
      ],
      [
        'postures/can.json',
        'questions[1].condition.all[0].jurisdiction[1]',
        (j: Json) => void j.questions[1].condition.all[0].jurisdiction.push('x'),
        'jurisdiction',
      ],
      [
        'postures/can.json',
        'questions[1].condition.all[1].situation[1]',
        (j: Json) => void j.questions[1].condition.all[1].situation.push('x'),
        'situation',
      ],
      [
        'postures/know.json',
        'questions[1].condition.any[0].answer',
        (j: Json) =>
          void (j.questions[1].condition = {
            any: [{ answer: 'x', anyOf: ['no'] }, j.questions[1].condition],
          }),
        'question',
      ],
    ] as const
  ).map(([file, path, change, what]) => ({
    name: `an unknown ${what} at ${file}: ${path}`,
    mutation: { [file]: change },
    expected: [`${file}: ${path}: unknown ${what} "x"`],
  })),
  {
    name: 'a rule for an unknown outcome (the table cannot weigh it either)',
    mutation: { 'outcomes.json': (j) => void (j.rules[4].outcome = 'x') },
    expected: ['outcomes.json: rules[4].outcome: unknown outcome "x"'],
  },
  {
    name: 'a rule reading undeclared flags',
    mutation: {
      'outcomes.json': (j) =>
        void j.rules.splice(6, 0, {
          id: 'r',
          when: { flags: ['x'], notFlags: ['y'] },
          outcome: 'refer',
        }),
    },
    expected: [
      'outcomes.json: rules[6].when.flags[0]: unknown flag "x"',
      'outcomes.json: rules[6].when.notFlags[0]: unknown flag "y"',
    ],
  },
  {
    name: 'a condition naming an option its question does not have',
    mutation: { 'postures/know.json': (j) => void j.questions[1].condition.anyOf.push('maybe') },
    expected: [
      'postures/know.json: questions[1].condition.anyOf[1]: unknown option "maybe" of question "know.skills"',
    ],
  },
  {
    name: 'a default jurisdiction that is not declared',
    mutation: { 'jurisdictions.json': (j) => void (j.jurisdictions = [j.jurisdictions[1]]) },
    expected: expect.arrayContaining([
      'jurisdictions.json: default: unknown jurisdiction "BE"',
    ]) as never,
  },
  {
    name: 'a reference language that is not offered',
    mutation: { 'content.json': (j) => void (j.reference = 'de') },
    expected: expect.arrayContaining([
      'content.json: reference: reference language "de" is not in languages',
    ]) as never,
  },
  // conditions read earlier answers only
  {
    name: 'a condition reading a later question',
    mutation: {
      'postures/know.json': (j) =>
        void (j.questions[0].condition = { answer: 'want.agrees', anyOf: ['yes'] }),
    },
    expected: [
      'postures/know.json: questions[0].condition.answer: condition reads question "want.agrees", which is asked later (postures/want.json: questions[0])',
    ],
  },
  {
    name: 'a condition reading its own question',
    mutation: {
      'postures/know.json': (j) =>
        void (j.questions[1].condition = { not: { answer: 'know.help', anyOf: ['yes'] } }),
    },
    expected: [
      'postures/know.json: questions[1].condition.not.answer: condition reads its own question "know.help"',
    ],
  },
  // reachability
  {
    name: 'a question no answers can bring',
    mutation: {
      'postures/can.json': (j) =>
        void j.questions[1].condition.all.push(
          { answer: 'know.help', anyOf: ['yes'] },
          { answer: 'know.skills', anyOf: ['yes'] },
        ),
    },
    expected: [
      'postures/can.json: questions[1].condition: question "can.mandate" is never asked: no answers, situation and jurisdiction satisfy its condition',
    ],
  },
  // the situations a question declares (content 2.0)
  {
    name: 'an extra question declaring a situation that does not list it',
    mutation: { 'postures/can.json': (j) => void (j.questions[1].situations = ['email', 'other']) },
    expected: [
      'postures/can.json: questions[1].situations: "can.mandate" declares situations it is never shown on: other',
    ],
  },
  {
    name: 'a question declaring a situation its condition excludes',
    mutation: {
      'postures/know.json': (j) =>
        void (j.questions[0].condition = { not: { situation: ['other'] } }),
    },
    expected: [
      'postures/know.json: questions[0].situations: "know.skills" declares situations it is never shown on: other',
    ],
  },
  {
    name: '"I don\'t know" that is not the last option',
    mutation: {
      'postures/can.json': (j) =>
        void (j.questions[1].options = [
          { id: 'unsure', signal: 'unsure' },
          ...j.questions[1].options,
        ]),
      'locales/fr/content.json': (j) =>
        void (j.question.can.mandate.options.unsure = 'Je ne sais pas'),
      'locales/en/content.json': (j) =>
        void (j.question.can.mandate.options.unsure = "I don't know"),
    },
    expected: [
      'postures/can.json: questions[1].options[0]: "unsure" ("I don\'t know") must be the last option of "can.mandate"',
    ],
  },
  // the law proves itself (content 2.0)
  {
    name: 'a legal reason without an official source',
    mutation: { 'reasons.json': (j) => void (j.reasons[1].sources = []) },
    expected: [
      'reasons.json: reasons[1].sources: legal reason "no-passwords" (law) cites no official source for BE',
      'reasons.json: reasons[1].sources: legal reason "no-passwords" (law) cites no official source for FR',
      'locales/fr/content.json: reason.no-passwords.sources.gdpr: orphan key: no content uses it',
      'locales/en/content.json: reason.no-passwords.sources.gdpr: orphan key: no content uses it',
    ],
  },
  {
    name: 'a legal source that only covers one country',
    mutation: { 'reasons.json': (j) => void (j.reasons[1].sources[0].jurisdiction = 'FR') },
    expected: [
      'reasons.json: reasons[1].sources: legal reason "no-passwords" (law) cites no official source for BE',
    ],
  },
  {
    name: 'a legal source on a site that does not publish the law',
    mutation: {
      'reasons.json': (j) => void (j.reasons[1].sources[0].url = 'https://www.cnil.fr/fr/rgpd'),
    },
    expected: [
      'reasons.json: reasons[1].sources[0].url: "www.cnil.fr" is not an official publisher of the law (www.ejustice.just.fgov.be, www.const-court.be, www.legifrance.gouv.fr, www.conseil-etat.fr, eur-lex.europa.eu, curia.europa.eu, hudoc.echr.coe.int)',
    ],
  },
  {
    name: 'a legal source checked in the future',
    mutation: { 'reasons.json': (j) => void (j.reasons[1].sources[0].checked = '2026-07-01') },
    expected: [
      'reasons.json: reasons[1].sources[0].checked: checked 2026-07-01, after today (2026-06-01)',
    ],
  },
  {
    name: 'a legal source without a check date',
    mutation: { 'reasons.json': (j) => void delete j.reasons[1].sources[0].checked },
    expected: [
      'reasons.json: reasons[1].sources[0].checked: Invalid input: expected string, received undefined',
    ],
  },
  {
    name: 'a "to check" marker left in the words',
    mutation: {
      'locales/en/content.json': (j) =>
        void (j.reason['no-passwords'].ref_BE = 'GDPR art. 32 (to check)'),
    },
    expected: [
      'locales/en/content.json: reason.no-passwords.ref_BE: unfinished marker "to check": say what the worker can do (for example "ask your DPO") and list the point for a jurist',
    ],
  },
  {
    name: 'a "to check" marker in the interface words, not only the content',
    mutation: {
      'locales/en/screens.json': (j) => void (j.actions.next = 'Continue (to check)'),
    },
    expected: [
      'locales/en/screens.json: actions.next: unfinished marker "to check": say what the worker can do (for example "ask your DPO") and list the point for a jurist',
    ],
  },
  {
    name: 'an "à vérifier" marker left in the words',
    mutation: {
      'locales/fr/carnet.json': (j) =>
        void (j.resource['cnil-kit'].description = 'Kit de la CNIL, lien à vérifier'),
    },
    expected: [
      'locales/fr/carnet.json: resource.cnil-kit.description: unfinished marker "à vérifier": say what the worker can do (for example "ask your DPO") and list the point for a jurist',
    ],
  },
  {
    name: 'an extra question whose only situation its condition excludes',
    mutation: {
      'postures/can.json': (j) => void (j.questions[1].condition.all[1] = { situation: ['other'] }),
    },
    expected: [
      'postures/can.json: questions[1].condition: question "can.mandate" is never asked: no answers, situation and jurisdiction satisfy its condition',
      'postures/can.json: questions[1].situations: "can.mandate" declares situations it is never shown on: email',
    ],
  },
  // the decision table
  {
    name: 'a table with a hole',
    mutation: { 'outcomes.json': (j) => void (j.rules[6].when = { can: ['clear'] }) },
    expected: [
      'outcomes.json: rules: no rule decides the case know=clear|conditions, want=clear|conditions, can=conditions; flags not raised: person-refuses, better-placed: add a rule or a catch-all at the end',
    ],
  },
  {
    name: 'a rule that can never be chosen',
    mutation: {
      'outcomes.json': (j) =>
        void j.rules.splice(1, 0, {
          id: 'dead',
          when: { can: ['blocked'], know: ['clear'] },
          outcome: 'alternative',
        }),
    },
    expected: [
      'outcomes.json: rules[1]: rule "dead" can never be chosen: earlier rules decide every case it matches',
    ],
  },
  {
    name: 'a table where worsening a verdict lowers the caution',
    mutation: { 'outcomes.json': (j) => void (j.rules[3].outcome = 'go') },
    expected: [
      expect.stringMatching(
        /^outcomes\.json: rules\[3\]: not monotone: with .*know conditions → blocked goes from outcome "(conditions|refer)" .* to the less cautious "go" \(caution 0, rule "know-blocks"\)$/,
      ) as never,
      expect.stringMatching(/^outcomes\.json: rules\[3\]: not monotone: /) as never,
    ],
  },
  // review dates
  {
    name: 'a review date in the future',
    mutation: { 'carnet.json': (j) => void (j.resources[0].reviewed = '2026-06-02') },
    expected: [
      'carnet.json: resources[0].reviewed: review date 2026-06-02 is in the future (today is 2026-06-01)',
    ],
  },
  {
    name: 'a review date that does not exist',
    mutation: { 'carnet.json': (j) => void (j.resources[0].reviewed = '2026-02-30') },
    expected: ['carnet.json: resources[0].reviewed: 2026-02-30 is not a real date'],
  },
  // texts
  {
    name: 'a missing text',
    mutation: { 'locales/en/content.json': (j) => void delete j.question.know.help.label },
    expected: [
      'locales/en/content.json: question.know.help.label: missing text (needed by postures/know.json: questions[1])',
    ],
  },
  {
    name: 'an orphan text',
    mutation: { 'locales/fr/carnet.json': (j) => void (j.resource.gone = { title: 'Parti' }) },
    expected: ['locales/fr/carnet.json: resource.gone.title: orphan key: no content uses it'],
  },
  {
    name: 'an empty text',
    mutation: { 'locales/fr/content.json': (j) => void (j.flag['better-placed'] = ' ') },
    expected: ['locales/fr/content.json: flag.better-placed: text must be a non-empty string'],
  },
  {
    name: 'an interface text missing in English',
    mutation: { 'locales/fr/ui.json': (j) => void (j.app.tagline = 'Discerner') },
    expected: ['locales/en/ui.json: app.tagline: missing text (present in fr)'],
  },
  {
    name: "a screens' interface text missing in English",
    mutation: { 'locales/fr/screens.json': (j) => void (j.actions.back = 'Retour') },
    expected: ['locales/en/screens.json: actions.back: missing text (present in fr)'],
  },
  {
    name: "an orphan screens' interface text in English",
    mutation: { 'locales/en/screens.json': (j) => void (j.actions.skip = 'Skip') },
    expected: ['locales/en/screens.json: actions.skip: orphan key: absent from fr'],
  },
  {
    name: 'a jurisdiction variant missing',
    mutation: { 'locales/en/content.json': (j) => void delete j.reason['no-passwords'].ref_FR },
    expected: [
      'locales/en/content.json: reason.no-passwords.ref: missing text (needed by reasons.json: reasons[1])',
    ],
  },
  // A question's short label, the key of the check page (ADR 0024).
  {
    name: "a question's short label missing in English",
    mutation: { 'locales/en/content.json': (j) => void delete j.question.want.agrees.short },
    expected: [
      'locales/en/content.json: question.want.agrees.short: missing text (needed by postures/want.json: questions[0])',
    ],
  },
  {
    name: 'an empty short label in French',
    mutation: { 'locales/fr/content.json': (j) => void (j.question.can.password.short = '') },
    expected: [
      'locales/fr/content.json: question.can.password.short: text must be a non-empty string',
    ],
  },
  // A question's label in a situation's own words (ADR 0025).
  {
    name: 'a label in the words of a situation the question does not declare',
    mutation: {
      'locales/fr/content.json': (j) => void (j.question.can.mandate.label_other = 'Autre'),
      'locales/en/content.json': (j) => void (j.question.can.mandate.label_other = 'Other'),
    },
    expected: [
      'locales/fr/content.json: question.can.mandate.label_other: label for situation "other", which the question does not declare (postures/can.json: questions[1])',
      'locales/en/content.json: question.can.mandate.label_other: label for situation "other", which the question does not declare (postures/can.json: questions[1])',
    ],
  },
  {
    name: 'a label in the words of a situation that does not exist',
    mutation: {
      'locales/fr/content.json': (j) => void (j.question.know.skills.label_emial = 'Courriel'),
      'locales/en/content.json': (j) => void (j.question.know.skills.label_emial = 'Email'),
    },
    expected: [
      'locales/fr/content.json: question.know.skills.label_emial: label for an unknown situation "emial" (postures/know.json: questions[0])',
      'locales/en/content.json: question.know.skills.label_emial: label for an unknown situation "emial" (postures/know.json: questions[0])',
    ],
  },
  {
    name: "a label in a situation's words written in one language only",
    mutation: {
      'locales/fr/content.json': (j) => void (j.question.can.mandate.label_email = 'Courriel'),
    },
    expected: [
      'locales/en/content.json: question.can.mandate.label_email: missing text: the label in the words of situation "email" is written in fr (postures/can.json: questions[1])',
    ],
  },
  {
    name: "an empty label in a situation's words",
    mutation: {
      'locales/fr/content.json': (j) => void (j.question.know.skills.label_email = ' '),
      'locales/en/content.json': (j) => void (j.question.know.skills.label_email = 'Email'),
    },
    expected: [
      'locales/fr/content.json: question.know.skills.label_email: text must be a non-empty string',
    ],
  },
];

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('content:check reports each fault on one line naming its file and JSON path', () => {
  it.each(cases)('$name', ({ mutation, expected }) => {
    expect(lines(fixture(mutation))).toEqual(expected);
  });
});

describe('files that cannot be read', () => {
  it('reports malformed JSON with its file, line and column', () => {
    const dir = fixture({});
    const text = readFileSync(join(dir, 'outcomes.json'), 'utf8');
    // A trailing comma after the last rule: the kind of slip a hand edit makes.
    writeFileSync(join(dir, 'outcomes.json'), text.replace(/\}\s*\]\s*\}\s*$/, '},\n  ]\n}\n'));
    const lastLine = text.replace(/\}\s*\]\s*\}\s*$/, '},\n  ]').split('\n').length;
    expect(lines(dir)).toEqual([
      `outcomes.json: (syntax): line ${lastLine}, column 3: malformed JSON: Unexpected token ']'`,
    ]);
  });

  it('reports a missing file', () => {
    const dir = fixture({});
    rmSync(join(dir, 'reasons.json'));
    expect(lines(dir)).toEqual(['reasons.json: (root): file missing']);
  });

  it('reports a locale file the app loads that is missing, in any language', () => {
    const dir = fixture({});
    rmSync(join(dir, 'locales/fr/screens.json'));
    rmSync(join(dir, 'locales/en/screens.json'));
    expect(lines(dir)).toEqual([
      'locales/fr/screens.json: (root): file missing: the app loads this namespace',
      'locales/en/screens.json: (root): file missing: the app loads this namespace',
    ]);
  });

  it('reports a locale file the app never loads', () => {
    const dir = fixture({});
    cpSync(join(dir, 'locales/en/screens.json'), join(dir, 'locales/en/screen.json'));
    expect(lines(dir)).toEqual([
      `locales/en/screen.json: (root): unknown namespace: the app loads only ${NAMESPACES.join(', ')}`,
    ]);
  });
});

describe('parseJson', () => {
  it('points at the character where the text stops being JSON, as an editor counts', () => {
    const cases: [string, string][] = [
      ['{\n  "a": 1,\n  x}', 'line 3, column 3'],
      ['{"a":', 'line 1, column 6'],
      ['', 'line 1, column 1'],
      ['{"a": 1}}', 'line 1, column 9'],
      ['{\n "a": [1,\n 2,]\n}', 'line 3, column 4'],
      ['{"a" 1}', 'line 1, column 6'],
    ];
    for (const [text, where] of cases)
      expect(parseJson(text, 'f.json').problem?.message).toMatch(
        new RegExp(`^${where}: malformed JSON: `),
      );
  });

  it('accepts a byte-order mark', () => {
    expect(parseJson('\ufeff{"a": 1}', 'f.json')).toEqual({ value: { a: 1 } });
  });

  it('agrees with JSON.parse on what is JSON, and on where it breaks when the engine says', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '"', ':', 'x', '\n'),
        (v, at, insert) => {
          const json = JSON.stringify(v, null, 1);
          const i = at % (json.length + 1);
          const text = json.slice(0, i) + insert + json.slice(i);
          let valid = true;
          let engine: number | undefined;
          try {
            JSON.parse(text);
          } catch (e) {
            valid = false;
            const m = /at position (\d+)/.exec((e as Error).message);
            if (m) engine = Number(m[1]);
          }
          const ours = syntaxErrorOffset(text);
          expect(ours === null).toBe(valid);
          if (engine !== undefined) expect(ours).toBe(engine);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the command line', () => {
  it('prints one line per problem, no stack trace, and exits 1', () => {
    const dir = fixture({
      'carnet.json': (j) => void (j.resources[0].reviewed = '2999-01-01'),
      'outcomes.json': (j) => void (j.rules[0].outcome = 'x'),
    });
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/content-check.ts', dir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const printed = run.stderr.trimEnd().split('\n');
    const summary = printed.pop();
    expect(summary).toBe(`2 problem(s) in ${dir}`);
    expect(printed.pop()).toBe('');
    expect(printed).toEqual([
      'outcomes.json: rules[0].outcome: unknown outcome "x"',
      expect.stringMatching(
        /^carnet\.json: resources\[0\]\.reviewed: review date 2999-01-01 is in the future/,
      ),
    ]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('exits 0 on valid content', () => {
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/content-check.ts', BASE], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^content OK: /);
  });
});

describe('the real content', () => {
  it('passes every check', () => {
    expect(checkContent('content', { namespaces: NAMESPACES }).problems.map(formatProblem)).toEqual(
      [],
    );
  });

  it('points every file at its generated JSON Schema', () => {
    for (const file of Object.keys(contentFiles)) {
      const json = JSON.parse(readFileSync(join('content', file), 'utf8')) as { $schema?: string };
      expect(json.$schema, file).toBeDefined();
      expect(resolve('content', dirname(file), json.$schema!), file).toBe(
        resolve('content/schema', `${schemaName(file)}.schema.json`),
      );
      expect(existsSync(resolve('content', dirname(file), json.$schema!)), file).toBe(true);
    }
  });
});

describe('the committed JSON Schemas', () => {
  it('are what npm run content:schema generates from the zod schemas (run it if this fails)', () => {
    const schemas = jsonSchemas();
    for (const [name, schema] of schemas)
      expect(readFileSync(join('content/schema', name), 'utf8'), name).toBe(schemaText(schema));
    const committed = readdirSync('content/schema').filter((f) => f.endsWith('.schema.json'));
    expect(committed.sort()).toEqual([...schemas.keys()].sort());
  });

  it('tell editors what content:check enforces', () => {
    const carnet = jsonSchemas().get('carnet.schema.json') as Json;
    const resource = carnet.properties.resources.items;
    expect(resource.properties.url.pattern).toBe('^https://');
    expect(resource.additionalProperties).toBe(false);
    // Fields with a default are optional for the author.
    const advice = carnet.properties.advice.items;
    expect(advice.required).toEqual(['id']);
  });
});
