// One realistic case per situation: the answers a worker would give, and the outcome a careful
// professional would expect. Asserts ids only (outcome, rule, reasons, advice, resources), never
// wording, so the texts can be rewritten freely. Where Belgium and France differ (mandates,
// the right to a non-digital way, resources), the case is walked in both.
import { describe, expect, it } from 'vitest';
import type { JurisdictionId } from '../../src/domain/content/types';
import { evaluate, type Answers, type Evaluation } from '../../src/domain/engine';
import { realContent } from '../support/content';

const content = realContent();

// The answers of a case where nothing weighs, by layer; each scenario overrides what matters.
const baseKnow: Answers = {
  'know.skills': ['yes'],
  'know.time': ['yes'],
  'know.equipment': ['professional'],
  'know.better-placed': ['no'],
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
/** A situation about one person's procedure: the person, the stance and passwords are asked. */
const acting: Answers = {
  ...baseKnow,
  'know.person-learn': ['yes'],
  ...baseWant,
  'want.person-agrees': ['yes'],
  'want.mode': ['accompany'],
  'want.autonomy': ['yes'],
  ...baseCan,
  'can.keep-password': ['no'],
};
/** A situation about the worker's own tools, with a person on the other end. */
const personal: Answers = {
  ...baseKnow,
  ...baseWant,
  'want.person-agrees': ['yes'],
  ...baseCan,
};
/** A situation about the service itself (a page, a space, photos): no single person's consent. */
const service: Answers = { ...baseKnow, ...baseWant, ...baseCan };

interface Expected {
  outcome: 'go' | 'conditions' | 'refer' | 'alternative';
  rule?: string;
  reasons?: string[];
  firstReason?: string;
  advice?: string[];
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
  if (x.resources) expect(e.resources).toEqual(expect.arrayContaining(x.resources));
  for (const r of x.noResources ?? []) expect(e.resources).not.toContain(r);
  if (x.flags) expect(e.flags).toEqual(expect.arrayContaining(x.flags));
}

const covered = new Set<string>();
function scenario(situation: string, title: string, run: () => void) {
  covered.add(situation);
  it(`${situation}: ${title}`, run);
}

describe('scenarios: one realistic case per situation', () => {
  scenario('email-for-jobseeker', 'short on time, done together, recovery unsure', () => {
    const answers = {
      ...acting,
      'know.time': ['no'],
      'know.person-learn': ['with-support'],
      'know.recovery': ['with-help'],
      'want.team-position': ['not-discussed'],
      'want.autonomy': ['partly'],
    };
    expectCase(walk('email-for-jobseeker', 'BE', answers), {
      outcome: 'conditions',
      rule: 'otherwise-conditions',
      reasons: ['account-recovery', 'dependency', 'rushing', 'employer-position'],
      advice: ['plan-recovery', 'plan-time', 'plan-autonomy'],
    });
  });

  scenario('email-for-jobseeker', 'done in their place: Aidants Connect in France only', () => {
    const answers = {
      ...acting,
      'know.recovery': ['yes'],
      'want.mode': ['do-instead'],
      'can.acts-as-person': ['mandate'],
      'can.aidants-connect': ['yes'],
      'can.official-mandate': ['yes'],
    };
    const fr = walk('email-for-jobseeker', 'FR', answers);
    const be = walk('email-for-jobseeker', 'BE', answers);
    expect(fr.path.can).toContain('can.aidants-connect');
    expect(fr.path.can).not.toContain('can.official-mandate');
    expect(be.path.can).toContain('can.official-mandate');
    expect(be.path.can).not.toContain('can.aidants-connect');
    // Doing in someone's place is never a plain "go", even with a mandate.
    expectCase(fr, {
      outcome: 'conditions',
      reasons: ['acting-in-place'],
      advice: ['aidants-connect-fr'],
    });
    expectCase(be, { outcome: 'conditions', advice: ['official-mandate-be'] });
    expect(be.advice).not.toContain('aidants-connect-fr');
  });

  scenario('refuses-digital', 'a considered refusal is respected, even with no paper route', () => {
    const answers = {
      ...acting,
      'want.refusal-kind': ['choice'],
      'want.mode': ['train'],
      'can.non-digital': ['no'],
    };
    const be = walk('refuses-digital', 'BE', answers);
    const fr = walk('refuses-digital', 'FR', answers);
    for (const e of [be, fr])
      expectCase(e, {
        outcome: 'alternative',
        rule: 'person-refuses',
        flags: ['person-refuses'],
        firstReason: 'non-digital-right',
        reasons: ['refusal-respected'],
        advice: ['offer-non-digital'],
      });
    expectCase(be, { outcome: 'alternative', advice: ['claim-right-be'], resources: ['unia'] });
    expectCase(fr, { outcome: 'alternative', advice: ['claim-right-fr'], noResources: ['unia'] });
    expect(be.advice).not.toContain('claim-right-fr');
  });

  scenario('refuses-digital', 'a fear the person wants to get past: small steps', () => {
    const answers = {
      ...acting,
      'want.refusal-kind': ['fear'],
      'want.mode': ['train'],
      'can.non-digital': ['yes'],
    };
    expectCase(walk('refuses-digital', 'FR', answers), {
      outcome: 'conditions',
      advice: ['gentle-start'],
    });
  });

  scenario('digital-space', 'almost no means: partners are better placed', () => {
    const answers = {
      ...service,
      'know.space-means': ['none'],
      'can.public-computers': ['unsure'],
    };
    const e = walk('digital-space', 'BE', answers);
    expect(e.path.want).not.toContain('want.person-agrees');
    expectCase(e, {
      outcome: 'refer',
      rule: 'know-blocks',
      flags: ['better-placed'],
      advice: ['space-partners', 'map-partners-be'],
      resources: ['digital-wallonia-epn'],
    });
  });

  scenario('facebook-page', 'one person, no clear goal, oral consents, no moderation', () => {
    const answers = {
      ...service,
      'know.page-team': ['one-person'],
      'want.page-goal': ['unclear'],
      'can.image-consent': ['oral'],
      'can.moderation': ['no'],
    };
    for (const j of ['BE', 'FR'] as const)
      expectCase(walk('facebook-page', j, answers), {
        outcome: 'conditions',
        firstReason: 'image-rights',
        reasons: ['page-moderation', 'page-purpose', 'page-workload'],
        advice: ['plan-moderation', 'written-image-consent', 'define-page-goal'],
      });
  });

  scenario('children-photos', 'on a personal phone the employer does not allow', () => {
    const answers = {
      ...service,
      'know.equipment': ['personal'],
      'can.personal-device': ['no'],
      'can.image-consent': ['oral'],
      'can.image-storage': ['phone'],
    };
    const be = walk('children-photos', 'BE', answers);
    expectCase(be, {
      outcome: 'alternative',
      rule: 'law-blocks',
      firstReason: 'image-rights',
      reasons: ['personal-device'],
      advice: ['transfer-and-delete', 'use-work-device'],
      resources: ['brussels-child-photos'],
    });
    expectCase(walk('children-photos', 'FR', answers), {
      outcome: 'alternative',
      noResources: ['brussels-child-photos'],
    });
  });

  scenario('digital-safe', 'the person holds the safe; the worker is invited', () => {
    const answers = { ...acting, 'can.safe-access': ['shared'] };
    expectCase(walk('digital-safe', 'FR', answers), {
      outcome: 'conditions',
      reasons: ['digital-safe'],
      resources: ['reconnect'],
    });
  });

  scenario('digital-safe', 'the worker would keep the codes to the safe', () => {
    const answers = { ...acting, 'can.safe-access': ['worker'] };
    expectCase(walk('digital-safe', 'BE', answers), {
      outcome: 'alternative',
      rule: 'law-blocks',
      reasons: ['no-password-keeping'],
    });
  });

  scenario('skills-evaluation', 'a home-made grid: use a shared test of the jurisdiction', () => {
    const answers = {
      ...personal,
      'know.diagnostic-tool': ['own-grid'],
      'want.evaluation-purpose': ['yes'],
      'can.evaluation-record': ['summary'],
    };
    const be = walk('skills-evaluation', 'BE', answers);
    const fr = walk('skills-evaluation', 'FR', answers);
    expectCase(be, {
      outcome: 'conditions',
      reasons: ['shared-test'],
      advice: ['use-skills-test'],
      resources: ['digital-wallonia-epn'],
      noResources: ['lesbonsclics', 'pix'],
    });
    expectCase(fr, {
      outcome: 'conditions',
      resources: ['lesbonsclics', 'pix'],
      noResources: ['digital-wallonia-epn'],
    });
  });

  scenario('form-no-box', 'no box, no paper route: claim the fallback, report the gap', () => {
    const answers = { ...acting, 'know.form-gap': ['no'], 'can.non-digital': ['no'] };
    expectCase(walk('form-no-box', 'FR', answers), {
      outcome: 'conditions',
      firstReason: 'non-digital-right',
      reasons: ['form-gap'],
      advice: ['claim-right-fr', 'report-form-gap'],
      resources: ['defenseur-droits'],
    });
  });

  scenario('procedure-on-behalf', "with the person's codes and no mandate", () => {
    const answers = {
      ...acting,
      'want.mode': ['do-instead'],
      'want.autonomy': ['no'],
      'can.acts-as-person': ['no-mandate'],
      'can.official-mandate': ['unsure'],
      'can.non-digital': ['yes'],
    };
    expectCase(walk('procedure-on-behalf', 'BE', answers), {
      outcome: 'alternative',
      rule: 'law-blocks',
      firstReason: 'no-mandate',
      reasons: ['acting-in-place', 'dependency'],
      advice: ['written-mandate', 'official-mandate-be'],
      resources: ['finances-mandates'],
    });
  });

  scenario('procedure-on-behalf', 'under an Aidants Connect mandate', () => {
    const answers = {
      ...acting,
      'want.mode': ['do-instead'],
      'can.acts-as-person': ['mandate'],
      'can.aidants-connect': ['yes'],
      'can.non-digital': ['yes'],
    };
    expectCase(walk('procedure-on-behalf', 'FR', answers), {
      outcome: 'conditions',
      advice: ['mandate-scope', 'aidants-connect-fr'],
      resources: ['aidants-connect'],
    });
  });

  scenario('passwords', 'codes kept "for next time"', () => {
    const answers = { ...acting, 'can.keep-password': ['yes'] };
    for (const j of ['BE', 'FR'] as const)
      expectCase(walk('passwords', j, answers), {
        outcome: 'alternative',
        rule: 'law-blocks',
        firstReason: 'no-password-keeping',
        advice: ['never-keep-passwords'],
        resources: [j === 'BE' ? 'safeonweb' : 'cybermalveillance'],
      });
  });

  scenario('whatsapp', 'a group of the people supported', () => {
    const answers = {
      ...personal,
      'know.equipment': ['personal'],
      'can.personal-device': ['yes'],
      'want.channel-choice': ['service'],
      'can.message-content': ['group'],
    };
    expectCase(walk('whatsapp', 'BE', answers), {
      outcome: 'alternative',
      rule: 'law-blocks',
      reasons: ['messaging-group', 'person-first'],
      advice: ['no-groups'],
    });
  });

  scenario('whatsapp', 'practical reminders the person asked for, on an allowed phone', () => {
    const answers = {
      ...personal,
      'know.equipment': ['personal'],
      'can.personal-device': ['yes'],
      'want.channel-choice': ['person'],
      'can.message-content': ['practical'],
    };
    expectCase(walk('whatsapp', 'FR', answers), {
      outcome: 'conditions',
      reasons: ['personal-device'],
      advice: ['use-work-device'],
    });
  });

  scenario('own-device', 'the employer has not allowed it', () => {
    const answers = { ...personal, 'can.personal-device': ['no'] };
    const e = walk('own-device', 'FR', answers);
    expect(e.path.can).toContain('can.personal-device');
    expectCase(e, {
      outcome: 'alternative',
      rule: 'law-blocks',
      firstReason: 'personal-device',
      resources: ['cnil-byod'],
    });
  });

  scenario('mailbox', 'the person opens the eBox and shows the letter', () => {
    const answers = { ...acting, 'can.mail-scope': ['only-needed'] };
    const e = walk('mailbox', 'BE', answers);
    expectCase(e, { outcome: 'go', rule: 'all-clear', advice: ['explain-and-log'] });
    expect(e.reasons).toEqual([]);
  });

  scenario('pay-sign', 'the person types their own codes, with the worker beside them', () => {
    const answers = { ...acting, 'can.pay-means': ['person-codes'] };
    expectCase(walk('pay-sign', 'BE', answers), { outcome: 'go' });
  });

  scenario('pay-sign', "the worker would use the person's card and codes", () => {
    const answers = { ...acting, 'can.pay-means': ['their-codes'] };
    expectCase(walk('pay-sign', 'FR', answers), {
      outcome: 'alternative',
      rule: 'law-blocks',
      firstReason: 'personal-codes',
      advice: ['person-enters-codes'],
    });
  });

  scenario('other', 'outside the mission: refer', () => {
    const answers = { ...acting, 'want.mission': ['no'] };
    expectCase(walk('other', 'BE', answers), {
      outcome: 'refer',
      rule: 'framework-blocks',
      flags: ['better-placed'],
      firstReason: 'mission-scope',
      advice: ['refer-warmly'],
    });
  });

  it('covers every situation of the content', () => {
    expect([...covered].sort()).toEqual(content.situations.situations.map((s) => s.id).sort());
  });
});
