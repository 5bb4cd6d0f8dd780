// One realistic case per situation, walked in both jurisdictions: the answers a worker would
// give, the outcome a careful professional would expect and the reason that must appear. Asserts
// ids only (outcome, rule, reasons, advice, resources), never wording, so the texts can be
// rewritten freely. A second block pins each point fixed in content 2.0 (ADR 0013): each test
// failed on content 1.0.0.
import { describe, expect, it } from 'vitest';
import type { JurisdictionId } from '../../src/domain/content/types';
import { evaluate, type Answers, type Evaluation } from '../../src/domain/engine';
import { realContent } from '../support/content';

const content = realContent();
const JURISDICTIONS: JurisdictionId[] = ['BE', 'FR'];

// The answers of a case where nothing weighs, by layer; each scenario overrides what matters.
const baseKnow: Answers = {
  'know.skills': ['yes'],
  'know.time': ['yes'],
  'know.equipment': ['professional'],
};
const baseWant: Answers = {
  'want.mission': ['yes'],
  'want.ethics': ['fits'],
  'want.team-position': ['agreed'],
  'want.who-benefits': ['person'],
};
const baseCan: Answers = {
  'can.personal-data': ['minimal'],
  'can.sharing': ['no'],
  'can.internal-rules': ['yes'],
};
/** A situation with one person on the other end. */
const personal: Answers = {
  ...baseKnow,
  'know.better-placed': ['no'],
  ...baseWant,
  'want.person-agrees': ['yes'],
  ...baseCan,
};
/** A situation where the worker acts in one person's procedures or accounts. */
const acting: Answers = {
  ...personal,
  'know.person-learn': ['yes'],
  'want.mode': ['accompany'],
  'want.autonomy': ['yes'],
  'can.keep-password': ['no'],
};
/** A project of the service itself (a page, a space, photos): no single person's consent. */
const service: Answers = {
  ...baseKnow,
  'know.service-partner': ['no'],
  ...baseWant,
  ...baseCan,
};
/** The refusal path asks neither skills nor equipment nor data: only what respects the choice. */
const refusal: Answers = {
  'know.offline-routes': ['yes'],
  'know.time': ['yes'],
  'know.better-placed': ['no'],
  'want.contact': ['agreed'],
  ...baseWant,
  'can.sharing': ['no'],
  'can.internal-rules': ['yes'],
};

type OutcomeId =
  | 'go'
  | 'conditions'
  | 'refer'
  | 'alternative'
  | 'person-choice'
  | 'form-other-way'
  | 'rule-says-no'
  | 'service-go'
  | 'service-conditions'
  | 'service-rethink'
  | 'service-not-yet';

interface Expected {
  outcome: OutcomeId;
  rule?: string;
  reasons?: string[];
  firstReason?: string;
  /** Next steps and advice together. */
  advice?: string[];
  noAdvice?: string[];
  /** The first next step: what to do first. */
  firstStep?: string;
  resources?: string[];
  noResources?: string[];
  flags?: string[];
}

function walk(situation: string, jurisdiction: JurisdictionId, answers: Answers): Evaluation {
  const e = evaluate(content, { situation, jurisdiction, answers });
  // A scenario must answer its whole path, or it would prove nothing about the outcome.
  expect(e.missing, `${situation} ${jurisdiction}: unanswered questions`).toEqual([]);
  return e;
}

function expectCase(e: Evaluation, x: Expected) {
  expect(e.outcome?.id).toBe(x.outcome);
  if (x.rule) expect(e.outcome?.rule).toBe(x.rule);
  const reasons = e.reasons.map((r) => r.reason);
  if (x.reasons) expect(reasons).toEqual(expect.arrayContaining(x.reasons));
  if (x.firstReason) expect(reasons[0]).toBe(x.firstReason);
  const advice = [...e.nextSteps, ...e.advice];
  if (x.advice) expect(advice).toEqual(expect.arrayContaining(x.advice));
  for (const a of x.noAdvice ?? []) expect(advice).not.toContain(a);
  if (x.firstStep) expect(e.nextSteps[0]).toBe(x.firstStep);
  if (x.resources) expect(e.resources).toEqual(expect.arrayContaining(x.resources));
  for (const r of x.noResources ?? []) expect(e.resources).not.toContain(r);
  if (x.flags) expect(e.flags).toEqual(expect.arrayContaining(x.flags));
}

const covered = new Map<string, Set<JurisdictionId>>();

/** A case walked in both jurisdictions, with what holds in both and what differs per country. */
function scenario(
  situation: string,
  title: string,
  answers: Answers,
  expected: Expected,
  perJurisdiction: Partial<Record<JurisdictionId, Partial<Expected>>> = {},
) {
  for (const j of JURISDICTIONS) {
    if (!covered.has(situation)) covered.set(situation, new Set());
    covered.get(situation)!.add(j);
    it(`${situation} (${j}): ${title}`, () => {
      expectCase(walk(situation, j, answers), { ...expected, ...perJurisdiction[j] });
    });
  }
}

/** The people-facing next steps a project of the service must never get (issue 15, point 2). */
const PERSON_STEPS = ['refer-warmly', 'map-partners-be', 'map-partners-fr', 'offer-non-digital'];

describe('scenarios: one realistic case per situation, in Belgium and France', () => {
  scenario(
    'email-for-jobseeker',
    'short on time, done together, recovery needs help',
    {
      ...acting,
      'know.time': ['no'],
      'know.person-learn': ['with-support'],
      'know.recovery': ['with-help'],
      'want.contact': ['agreed'],
      'want.team-position': ['not-discussed'],
      'want.autonomy': ['partly'],
    },
    {
      outcome: 'conditions',
      rule: 'otherwise-conditions',
      reasons: ['account-recovery', 'dependency', 'rushing', 'employer-position'],
      advice: ['plan-recovery', 'plan-time', 'plan-autonomy'],
    },
  );

  scenario(
    'refuses-digital',
    'a considered refusal, no paper route: respected, and the way claimed in writing',
    { ...refusal, 'want.refusal-kind': ['choice'], 'can.non-digital': ['no'] },
    {
      outcome: 'person-choice',
      rule: 'person-refuses',
      flags: ['person-refuses'],
      firstReason: 'non-digital-right',
      reasons: ['refusal-respected', 'contact-agreed'],
      firstStep: 'organise-non-digital',
      advice: ['written-request-model', 'agree-contact', 'door-open'],
      noAdvice: ['another-route'],
    },
    {
      BE: { advice: ['claim-right-be'], noAdvice: ['claim-right-fr'], resources: ['unia'] },
      FR: { advice: ['claim-right-fr'], noAdvice: ['claim-right-be'], noResources: ['unia'] },
    },
  );

  scenario(
    'digital-space',
    'almost no means: rethink the project with a partner',
    { ...service, 'know.space-means': ['none'], 'can.public-computers': ['unsure'] },
    {
      outcome: 'service-rethink',
      rule: 'service-know-blocks',
      flags: ['service-level', 'better-placed'],
      reasons: ['space-means', 'public-computer'],
      firstStep: 'service-management',
      advice: ['service-partners'],
      noAdvice: PERSON_STEPS,
    },
  );

  scenario(
    'facebook-page',
    'one person, no clear goal, oral consents, no moderation: organise first',
    {
      ...service,
      'know.page-team': ['one-person'],
      'want.page-goal': ['unclear'],
      'can.image-consent': ['oral'],
      'can.image-reveals': ['no'],
      'can.moderation': ['no'],
    },
    {
      outcome: 'service-conditions',
      rule: 'service-otherwise',
      firstReason: 'image-rights',
      reasons: ['page-moderation', 'page-purpose', 'page-workload', 'image-reveals-support'],
      firstStep: 'service-settle-first',
      advice: ['plan-moderation', 'written-image-consent', 'define-page-goal'],
      noAdvice: PERSON_STEPS,
    },
  );

  scenario(
    'children-photos',
    'on a personal phone the employer does not allow: not before it is settled',
    {
      ...service,
      'know.equipment': ['personal'],
      'can.personal-device': ['no'],
      'can.image-consent': ['oral'],
      'can.image-reveals': ['unsure'],
      'can.image-storage': ['phone'],
    },
    {
      outcome: 'service-not-yet',
      rule: 'service-blocked',
      firstReason: 'image-rights',
      reasons: ['personal-device', 'image-reveals-support'],
      firstStep: 'service-not-before',
      advice: ['transfer-and-delete', 'use-work-device', 'no-identifying-photos'],
      noAdvice: PERSON_STEPS,
    },
    {
      BE: { resources: ['brussels-child-photos'] },
      FR: { noResources: ['brussels-child-photos'] },
    },
  );

  scenario(
    'digital-safe',
    'the person holds the safe; the worker is invited',
    { ...acting, 'can.safe-access': ['shared'] },
    { outcome: 'conditions', reasons: ['digital-safe'], advice: ['safe-person-keeps'] },
    { FR: { resources: ['reconnect'] } },
  );

  scenario(
    'skills-evaluation',
    'agreed, with a recognised tool, a summary kept: go, and say why',
    {
      ...personal,
      'know.diagnostic-tool': ['known'],
      'want.evaluation-purpose': ['yes'],
      'can.evaluation-record': ['summary'],
    },
    {
      outcome: 'go',
      rule: 'all-clear',
      reasons: ['consent-given', 'recognised-tool', 'minimal-data'],
      firstStep: 'explain-and-log',
    },
    {
      BE: { resources: ['digi-challenge'], noResources: ['lesbonsclics'] },
      FR: { resources: ['lesbonsclics', 'pix'], noResources: ['digi-challenge'] },
    },
  );

  scenario(
    'form-no-box',
    'a paper route exists: another way, use it',
    { ...acting, 'know.form-gap': ['yes'], 'can.form-route': ['yes'] },
    {
      outcome: 'form-other-way',
      rule: 'form-dead-end',
      flags: ['form-dead-end'],
      reasons: ['non-digital-right', 'form-gap'],
      firstStep: 'use-or-request-other-way',
      advice: ['use-non-digital', 'report-form-gap', 'keep-proof'],
    },
  );

  scenario(
    'procedure-on-behalf',
    'done for the person through an official mandate under the worker’s own identity',
    {
      ...acting,
      'want.mode': ['do-instead'],
      'can.acts-as-person': ['official-mandate'],
      'can.non-digital': ['yes'],
    },
    {
      outcome: 'conditions',
      reasons: ['mandate-framework', 'acting-in-place'],
      advice: ['mandate-scope'],
    },
  );

  scenario(
    'passwords',
    'the service notes the codes "for next time"',
    { ...acting, 'can.keep-password': ['yes'] },
    {
      outcome: 'alternative',
      rule: 'law-blocks',
      firstReason: 'no-password-keeping',
      advice: ['never-keep-passwords'],
    },
    { BE: { resources: ['safeonweb'] }, FR: { resources: ['cybermalveillance'] } },
  );

  scenario(
    'whatsapp',
    'a group of the people supported',
    {
      ...personal,
      'want.contact': ['agreed'],
      'want.channel-choice': ['person'],
      'can.message-content': ['group'],
    },
    {
      outcome: 'alternative',
      rule: 'law-blocks',
      firstReason: 'messaging-group',
      advice: ['no-groups'],
    },
  );

  scenario(
    'own-device',
    'the employer has not allowed it',
    { ...personal, 'can.personal-device': ['no'] },
    {
      outcome: 'alternative',
      rule: 'can-blocks',
      reasons: ['personal-device'],
      advice: ['use-work-device'],
    },
  );

  scenario(
    'mailbox',
    'the person opens the eBox and shows the letter: go',
    { ...acting, 'can.mail-scope': ['only-needed'] },
    { outcome: 'go', rule: 'all-clear', reasons: ['minimal-data', 'consent-given'] },
  );

  scenario(
    'pay-sign',
    'with the person’s codes, handed over',
    { ...acting, 'can.pay-means': ['their-codes'] },
    {
      outcome: 'alternative',
      rule: 'law-blocks',
      firstReason: 'personal-codes',
      advice: ['person-enters-codes'],
    },
  );

  scenario(
    'partner-control',
    'helping would leave a trace on the watched phone',
    {
      ...personal,
      'know.safe-contact': ['no'],
      'want.safety': ['no'],
      'want.contact': ['not-asked'],
      'can.trace': ['trace'],
    },
    {
      outcome: 'alternative',
      rule: 'can-blocks',
      reasons: ['no-trace', 'safety-first', 'contact-agreed'],
      advice: ['no-trace-help', 'safe-moment', 'specialised-line', 'agree-contact'],
    },
  );

  scenario(
    'scam-victim',
    'the worker knows part of the first steps',
    { ...acting, 'know.scam-steps': ['partly'] },
    { outcome: 'conditions', reasons: ['scam-first-steps'], advice: ['scam-first-steps'] },
    { BE: { resources: ['safeonweb'] }, FR: { resources: ['cybermalveillance'] } },
  );

  scenario(
    'photo-documents',
    'documents kept on the worker’s own phone',
    { ...personal, 'can.photo-storage': ['my-phone'] },
    {
      outcome: 'alternative',
      rule: 'law-blocks',
      firstReason: 'personal-device',
      advice: ['person-sends-documents'],
    },
  );

  scenario(
    'ai-tools',
    'a letter about the person pasted into a free public chatbot',
    { ...personal, 'can.ai-data': ['public-tool'] },
    {
      outcome: 'alternative',
      rule: 'law-blocks',
      firstReason: 'ai-data',
      advice: ['ai-anonymise'],
    },
  );

  scenario(
    'jobseeker-obligations',
    'a sanction at stake and no paper route',
    {
      ...acting,
      'know.obligation-rules': ['partly'],
      'want.contact': ['agreed'],
      'can.non-digital': ['no'],
      'can.obligation-deadline': ['yes'],
    },
    {
      outcome: 'conditions',
      firstReason: 'non-digital-right',
      reasons: ['sanction-risk'],
      advice: ['keep-proof', 'written-request-model', 'obligations-calendar', 'ask-counsellor'],
    },
    { BE: { advice: ['claim-right-be'] }, FR: { advice: ['claim-right-fr'] } },
  );

  scenario(
    'digital-identity',
    'an identity created on the worker’s phone',
    {
      ...acting,
      'know.recovery': ['yes'],
      'know.identity-route': ['yes'],
      'can.identity-owner': ['worker'],
      'can.non-digital': ['yes'],
    },
    {
      outcome: 'alternative',
      rule: 'law-blocks',
      firstReason: 'their-identity',
      advice: ['identity-person-only'],
    },
  );

  scenario(
    'send-file-by-email',
    'shared within the law, but by ordinary email',
    { ...personal, 'can.sharing': ['conditions-met'], 'can.send-channel': ['ordinary-email'] },
    {
      outcome: 'conditions',
      reasons: ['shared-secrecy', 'secure-transfer'],
      advice: ['send-securely', 'share-strictly'],
    },
  );

  scenario(
    'other',
    'outside the mission: refer',
    { ...acting, 'want.mission': ['no'] },
    {
      outcome: 'refer',
      rule: 'framework-blocks',
      flags: ['better-placed'],
      firstReason: 'mission-scope',
      firstStep: 'refer-warmly',
    },
  );

  it('covers every situation of the content, in both jurisdictions', () => {
    expect([...covered.keys()].sort()).toEqual(
      content.situations.situations.map((s) => s.id).sort(),
    );
    for (const js of covered.values()) expect([...js].sort()).toEqual(JURISDICTIONS);
  });
});

const sourceOf = (reason: string, id: string) =>
  content.reasons.reasons.find((r) => r.id === reason)?.sources.find((s) => s.id === id);

describe('the points content 2.0 fixes (issue 15)', () => {
  it('1. a form with no box never goes ahead: another way, and a written claim when none exists', () => {
    for (const j of JURISDICTIONS) {
      for (const nonDigital of ['yes', 'no', 'unsure']) {
        const e = walk('form-no-box', j, {
          ...acting,
          'know.form-gap': ['yes'],
          'can.form-route': [nonDigital],
        });
        expect(e.outcome?.id).toBe('form-other-way');
      }
      const none = walk('form-no-box', j, {
        ...acting,
        'know.form-gap': ['yes'],
        'can.form-route': ['no'],
      });
      expect(none.nextSteps).toContain('written-request-model');
    }
  });

  it('2. a project of the service gets service outcomes, never orienting a person', () => {
    const worst: Answers = {
      ...service,
      'know.skills': ['no'],
      'know.colleague': ['no'],
      'know.service-partner': ['yes'],
      'want.mission': ['no'],
      'can.internal-rules': ['no'],
      // each project's own questions (answers off a situation's path are ignored)
      'know.space-means': ['none'],
      'know.page-team': ['nobody'],
      'want.page-goal': ['unclear'],
      'can.image-consent': ['none'],
      'can.image-reveals': ['yes'],
      'can.image-storage': ['phone'],
      'can.moderation': ['no'],
      'can.public-computers': ['no'],
    };
    for (const situation of ['digital-space', 'facebook-page', 'children-photos'])
      for (const j of JURISDICTIONS) {
        const e = walk(situation, j, worst);
        expect(e.outcome?.id).toBe('service-not-yet');
        for (const step of PERSON_STEPS) expect(e.nextSteps).not.toContain(step);
        expect(e.path.want).not.toContain('want.person-agrees');
        expect(e.path.know).not.toContain('know.better-placed');
      }
  });

  it('3. Belgian secrecy cites the new Penal Code (Book II) from Justel, and so does using someone’s identity', () => {
    for (const reason of ['shared-secrecy', 'secrecy-breach', 'their-identity'])
      expect(sourceOf(reason, 'penal-code-be')?.url).toContain('2024002088');
  });

  it('4. French sharing rests on the CASF and the Public Health Code', () => {
    const fr = content.reasons.reasons
      .find((r) => r.id === 'shared-secrecy')!
      .sources.filter((s) => s.jurisdiction === 'FR')
      .map((s) => s.id);
    expect(fr).toEqual(['social-action-code', 'public-health-code']);
    const be = walk('send-file-by-email', 'BE', {
      ...personal,
      'can.sharing': ['unsure'],
      'can.send-channel': ['secure'],
    });
    const frCase = walk('send-file-by-email', 'FR', {
      ...personal,
      'can.sharing': ['unsure'],
      'can.send-channel': ['secure'],
    });
    expect(be.advice).toContain('check-sharing-be');
    expect(frCase.advice).toContain('check-sharing-fr');
    expect(frCase.advice).not.toContain('check-sharing-be');
  });

  it('5. an official mandate is fine; someone’s own codes are never, even with a written proxy', () => {
    for (const j of JURISDICTIONS) {
      const base = { ...acting, 'want.mode': ['do-instead'] };
      const official = walk('procedure-on-behalf', j, {
        ...base,
        'can.acts-as-person': ['official-mandate'],
        'can.non-digital': ['yes'],
      });
      expect(official.postures.can.verdict).toBe('clear');
      const codes = walk('procedure-on-behalf', j, {
        ...base,
        'can.acts-as-person': ['their-codes'],
        'can.aidants-connect': ['yes'],
        'can.official-mandate': ['yes'],
        'can.non-digital': ['yes'],
      });
      expect(codes.outcome?.id).toBe('alternative');
      expect(codes.reasons[0]?.reason).toBe('their-identity');
      // The official mandate is then offered as the lever that changes the outcome.
      expect(codes.path.can).toContain(j === 'BE' ? 'can.official-mandate' : 'can.aidants-connect');
    }
  });

  it('6. a refusal is respected from start to end: never asked to learn, to hand a password, or how to act', () => {
    for (const j of JURISDICTIONS) {
      const e = walk('refuses-digital', j, {
        ...refusal,
        'want.refusal-kind': ['choice'],
        'can.non-digital': ['yes'],
      });
      const path = [...e.path.know, ...e.path.want, ...e.path.can];
      for (const q of ['know.person-learn', 'know.skills', 'can.keep-password', 'want.mode'])
        expect(path).not.toContain(q);
      expect(e.outcome?.id).toBe('person-choice');
      expect(e.nextSteps).toEqual(
        expect.arrayContaining(['organise-non-digital', 'agree-contact']),
      );
      expect([...e.nextSteps, ...e.advice]).not.toContain('another-route');
    }
  });

  it('7. a "go ahead" explains why: consent and the tool carry their reasons and resources', () => {
    const e = walk('skills-evaluation', 'FR', {
      ...personal,
      'know.diagnostic-tool': ['known'],
      'want.evaluation-purpose': ['yes'],
      'can.evaluation-record': ['summary'],
    });
    expect(e.outcome?.id).toBe('go');
    expect(e.reasons.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['consent-given', 'recognised-tool']),
    );
    expect(e.resources).toEqual(expect.arrayContaining(['lesbonsclics']));
  });

  it('9. Belgian image rights cite the Code of Economic Law and the GDPR, and a photo can breach secrecy', () => {
    expect(sourceOf('image-rights', 'economic-law-code')?.jurisdiction).toBe('BE');
    expect(sourceOf('image-rights', 'gdpr')?.jurisdiction).toBe('EU');
    const e = walk('facebook-page', 'BE', {
      ...service,
      'know.page-team': ['team'],
      'want.page-goal': ['clear'],
      'can.image-consent': ['written'],
      'can.image-reveals': ['yes'],
      'can.moderation': ['yes'],
    });
    expect(e.outcome?.id).toBe('service-not-yet');
    expect(e.reasons.map((r) => r.reason)).toContain('image-reveals-support');
  });

  it('10. the Belgian non-digital right cites the Constitutional Court’s judgment 126/2025', () => {
    expect(sourceOf('non-digital-right', 'const-court-2025')?.url).toContain('2025-126');
    expect(sourceOf('non-digital-right', 'conseil-etat-2022')?.jurisdiction).toBe('FR');
  });

  it('11. income, papers and family are not special categories: a tax return can go ahead', () => {
    for (const j of JURISDICTIONS) {
      const taxReturn = walk('procedure-on-behalf', j, {
        ...acting,
        'can.personal-data': ['minimal'],
        'can.non-digital': ['yes'],
      });
      expect(taxReturn.outcome?.id).toBe('go');
      const health = walk('procedure-on-behalf', j, {
        ...acting,
        'can.personal-data': ['special'],
        'can.non-digital': ['yes'],
      });
      expect(health.outcome?.id).toBe('conditions');
      expect(health.reasons.map((r) => r.reason)).toContain('special-categories');
    }
  });

  it('12. an internal rule that says no: first take it to the manager, to see what is negotiable', () => {
    for (const j of JURISDICTIONS) {
      const e = walk('passwords', j, { ...acting, 'can.internal-rules': ['no'] });
      expect(e.outcome?.id).toBe('rule-says-no');
      expect(e.nextSteps[0]).toBe('negotiate-with-manager');
      // When the law blocks too, the law decides: nothing is negotiable there.
      const both = walk('passwords', j, {
        ...acting,
        'can.internal-rules': ['no'],
        'can.keep-password': ['yes'],
      });
      expect(both.outcome?.id).toBe('alternative');
    }
  });

  it('the person’s choice has its own verdict words, distinct from an obstacle', () => {
    // The result reads `verdict.person-choice` when a posture is blocked by the choice alone.
    const e = walk('refuses-digital', 'BE', {
      ...refusal,
      'want.refusal-kind': ['choice'],
      'can.non-digital': ['yes'],
    });
    expect(e.postures.want.verdict).toBe('blocked');
    expect(e.postures.want.causes.map((c) => c.question)).toEqual(['want.refusal-kind']);
    expect(e.flags).toContain('person-refuses');
  });
});
