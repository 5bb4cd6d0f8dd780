// The service's framework in a case (ADR 0019, "In a case"): the answers a case takes when it
// gets its situation and country, and which of them the framework gave or the worker changed.
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { answersAtCaseStart, frameworkInCase } from '../../src/domain/framework/inCase';
import { parseFramework, type Framework } from '../../src/domain/framework/read';
import { wizardMachine } from '../../src/domain/wizard/machine';
import { FRAMEWORK_MAP } from '../../src/ui/framework/inEffect';
import { realContent } from '../support/content';

const content = realContent();
const framework = (
  parseFramework(content, readFileSync('tests/fixtures/framework/valid.json', 'utf8')) as {
    ok: true;
    framework: Framework;
  }
).framework;
const fresh = { jurisdiction: 'BE' as const, situation: null, answers: {} };
const start = (situation: string, f: Framework | null = framework) =>
  answersAtCaseStart(f, content, FRAMEWORK_MAP, fresh, { jurisdiction: 'BE', situation });

describe('a case getting its situation and country', () => {
  it("takes the framework's answers for that situation", () => {
    // Passwords: the work rules say no; the service has devices, personal ones not allowed.
    expect(start('passwords')).toEqual({
      'can.internal-rules': ['no'],
      'know.equipment': ['professional'],
      'can.personal-device': ['no'],
    });
    expect(start('email-for-jobseeker')['can.internal-rules']).toEqual(['yes']);
    // "Under conditions" settles nothing: the worker checks the conditions.
    expect(start('procedure-on-behalf')['can.internal-rules']).toBeUndefined();
  });

  it('takes nothing without a framework, or for a case in another country', () => {
    expect(start('passwords', null)).toEqual({});
    expect(
      answersAtCaseStart(framework, content, FRAMEWORK_MAP, fresh, {
        jurisdiction: 'FR',
        situation: 'passwords',
      }),
    ).toEqual({});
  });

  it('keeps the answers the worker gave', () => {
    const before = { ...fresh, answers: { 'can.internal-rules': ['yes'], 'know.skills': ['yes'] } };
    const answers = answersAtCaseStart(framework, content, FRAMEWORK_MAP, before, {
      jurisdiction: 'BE',
      situation: 'passwords',
    });
    expect(answers['can.internal-rules']).toEqual(['yes']);
    expect(answers['know.skills']).toEqual(['yes']);
  });

  it("takes back the framework's answers when the situation or the country changes", () => {
    const before = {
      jurisdiction: 'BE' as const,
      situation: 'passwords',
      answers: start('passwords'),
    };
    const to = (situation: string, jurisdiction: 'BE' | 'FR' = 'BE') =>
      answersAtCaseStart(framework, content, FRAMEWORK_MAP, before, { jurisdiction, situation });
    expect(to('email-for-jobseeker')['can.internal-rules']).toEqual(['yes']);
    expect(to('procedure-on-behalf')['can.internal-rules']).toBeUndefined();
    expect(to('procedure-on-behalf')['know.equipment']).toEqual(['professional']);
    const inFrance = to('passwords', 'FR');
    expect(inFrance['can.internal-rules']).toBeUndefined();
    expect(inFrance['know.equipment']).toBeUndefined();
    // Never an answer whose reason is a higher norm's (a personal device not allowed: the GDPR
    // weighs on it): taking it back could lift a block.
    expect(inFrance['can.personal-device']).toEqual(['no']);
    // An answer the worker changed is the worker's: it stays.
    const changed = { ...before, answers: { ...before.answers, 'can.internal-rules': ['yes'] } };
    expect(
      answersAtCaseStart(framework, content, FRAMEWORK_MAP, changed, {
        jurisdiction: 'BE',
        situation: 'procedure-on-behalf',
      })['can.internal-rules'],
    ).toEqual(['yes']);
  });
});

describe("the framework's answers in a case", () => {
  const input = {
    jurisdiction: 'BE' as const,
    situation: 'passwords',
    answers: start('passwords'),
  };

  it('marks the answers it gave, with the rule they rest on', () => {
    const { settled, changed } = frameworkInCase(framework, content, FRAMEWORK_MAP, input);
    expect(settled.map((s) => s.question)).toEqual([
      'know.equipment',
      'can.personal-device',
      'can.internal-rules',
    ]);
    expect(settled.find((s) => s.question === 'can.internal-rules')?.reference).toBe(
      'Règlement de travail, art. 12',
    );
    expect(changed).toEqual([]);
  });

  it('marks an answer the worker changed, and marks nothing the case does not answer', () => {
    const answers = { ...input.answers, 'can.internal-rules': ['yes'] };
    delete (answers as Record<string, string[]>)['know.equipment'];
    const { settled, changed } = frameworkInCase(framework, content, FRAMEWORK_MAP, {
      ...input,
      answers,
    });
    expect(settled.map((s) => s.question)).not.toContain('know.equipment');
    expect(changed).toEqual([
      { question: 'can.internal-rules', framework: ['no'], worker: ['yes'] },
    ]);
  });

  it('marks nothing before the case has a situation', () => {
    expect(frameworkInCase(framework, content, FRAMEWORK_MAP, fresh)).toEqual({
      settled: [],
      changed: [],
    });
  });
});

describe('the wizard', () => {
  it('takes the answers the situation step sends with the situation', () => {
    const actor = createActor(wizardMachine, { input: { content, country: 'BE' } }).start();
    actor.send({ type: 'BEGIN' });
    actor.send({
      type: 'CHOOSE_SITUATION',
      situation: 'passwords',
      description: '',
      answers: start('passwords'),
    });
    expect(actor.getSnapshot().context.data.answers).toEqual(start('passwords'));
    expect(actor.getSnapshot().context.evaluation.missing).not.toContain('can.internal-rules');
    // Without answers the case keeps its own.
    actor.send({ type: 'BACK' });
    actor.send({ type: 'CHOOSE_SITUATION', situation: 'passwords', description: '' });
    expect(actor.getSnapshot().context.data.answers).toEqual(start('passwords'));
  });
});
