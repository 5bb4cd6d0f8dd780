import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { evaluate, walkPath } from '../../src/domain/engine';
import { progress, wizardMachine } from '../../src/domain/wizard';
import { answeredCase } from '../support/cases';
import { realContent } from '../support/content';

const content = realContent();
const [BE, FR] = content.jurisdictions.jurisdictions.map((j) => j.id) as [string, string];
/** A device that remembers a country (the app reads it from localStorage): the country step is skipped. */
const start = (country: string | null = BE) =>
  createActor(wizardMachine, { input: { content, country } }).start();
const first = (options: string[]) => options[0]!;
const last = (options: string[]) => options[options.length - 1]!;
const answersFor = (posture: 'know' | 'want' | 'can') =>
  Object.fromEntries(content.postures[posture].questions.map((q) => [q.id, [q.options[0]!.id]]));

describe('wizard machine', () => {
  it('routes start → situation → know → want → can → review → result', () => {
    const actor = start();
    const seen = [actor.getSnapshot().value];
    actor.send({ type: 'BEGIN' });
    seen.push(actor.getSnapshot().value);
    actor.send({ type: 'CHOOSE_SITUATION', situation: 'email-for-jobseeker', description: '' });
    for (const p of ['know', 'want', 'can'] as const) {
      seen.push(actor.getSnapshot().value);
      actor.send({ type: 'SUBMIT_ANSWERS', answers: answersFor(p) });
    }
    seen.push(actor.getSnapshot().value);
    actor.send({ type: 'CONFIRM' });
    seen.push(actor.getSnapshot().value);
    expect(seen).toEqual(['start', 'situation', 'know', 'want', 'can', 'review', 'result']);
  });

  it('refuses to jump to a step the case cannot show yet', () => {
    const actor = start();
    actor.send({ type: 'GO_TO', step: 'review' });
    expect(actor.getSnapshot().value).toBe('start');
    actor.send({ type: 'GO_TO', step: 'situation' });
    expect(actor.getSnapshot().value).toBe('situation');
  });

  it('asks the country first when the device remembers none, and counts its step', () => {
    const actor = start(null);
    actor.send({ type: 'BEGIN' });
    expect(actor.getSnapshot().value).toBe('country');
    expect(progress('country', actor.getSnapshot().context.countryStep)).toEqual({
      current: 1,
      total: 6,
    });
    // No situation before a country: refused.
    actor.send({ type: 'GO_TO', step: 'situation' });
    expect(actor.getSnapshot().value).toBe('country');
    actor.send({ type: 'CHOOSE_COUNTRY', jurisdiction: FR });
    expect(actor.getSnapshot().value).toBe('situation');
    expect(actor.getSnapshot().context.data.jurisdiction).toBe(FR);
    expect(progress('situation', actor.getSnapshot().context.countryStep)).toEqual({
      current: 2,
      total: 6,
    });
    // Back from the situation goes through the country step, then to the start.
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('country');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('start');
    // The next case starts in the country chosen, without the country step.
    actor.send({ type: 'RESET' });
    actor.send({ type: 'BEGIN' });
    expect(actor.getSnapshot().value).toBe('situation');
    expect(actor.getSnapshot().context.data.jurisdiction).toBe(FR);
    expect(progress('situation', actor.getSnapshot().context.countryStep)).toEqual({
      current: 1,
      total: 5,
    });
  });

  it('changes the country from any step and comes back to it, answers kept', () => {
    const actor = start();
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'CHOOSE_SITUATION', situation: 'email-for-jobseeker', description: '' });
    actor.send({ type: 'SUBMIT_ANSWERS', answers: answersFor('know') });
    expect(actor.getSnapshot().value).toBe('want');
    actor.send({ type: 'CHANGE_COUNTRY' });
    expect(actor.getSnapshot().value).toBe('country');
    // "Back" changes nothing.
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('want');
    expect(actor.getSnapshot().context.data.jurisdiction).toBe(BE);
    actor.send({ type: 'CHANGE_COUNTRY' });
    actor.send({ type: 'CHOOSE_COUNTRY', jurisdiction: FR });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('want');
    expect(context.data.jurisdiction).toBe(FR);
    expect(context.country).toBe(FR);
    expect(context.data.answers).toEqual(answersFor('know'));
    expect(context.evaluation).toEqual(evaluate(content, context.data));
  });

  it('after a change of country on the result, shows the questions it adds, then the check page', () => {
    // Every case complete in one country, changed to each other: the machine lands on the
    // result if nothing is missing, else on the first step with an open question, and from
    // there the walk ends on the check page with every question of the new country answered.
    let asked = 0;
    for (const situation of content.situations.situations.map((s) => s.id))
      for (const [from, to, pick] of [
        [BE, FR, first],
        [FR, BE, first],
        [BE, FR, last],
        [FR, BE, last],
      ] as const) {
        const data = answeredCase(content, situation, pick, from);
        const actor = createActor(wizardMachine, {
          input: { content, data, step: 'result', country: from },
        }).start();
        expect(actor.getSnapshot().value).toBe('result');
        actor.send({ type: 'CHANGE_COUNTRY' });
        actor.send({ type: 'CHOOSE_COUNTRY', jurisdiction: to });
        const after = actor.getSnapshot();
        const moved = evaluate(content, { ...data, jurisdiction: to });
        // Answers are kept, whatever the country.
        expect(after.context.data.answers).toEqual(data.answers);
        if (moved.complete) {
          expect(after.value).toBe('result');
          continue;
        }
        asked++;
        expect(['know', 'want', 'can']).toContain(after.value);
        // The worker answers what each page asks now, and nothing else.
        for (let i = 0; i < 10 && actor.getSnapshot().value !== 'review'; i++) {
          const { value, context } = actor.getSnapshot();
          const open = walkPath(content, context.data).filter(
            (s) => s.posture === value && s.answer === undefined,
          );
          actor.send({
            type: 'SUBMIT_ANSWERS',
            answers: Object.fromEntries(
              open.map((s) => [s.question.id, [s.question.options[0]!.id]]),
            ),
          });
        }
        expect(actor.getSnapshot().value).toBe('review');
        expect(actor.getSnapshot().context.evaluation.complete).toBe(true);
      }
    // The content has country-only questions (e.g. a mandate in Belgium): some changes ask them.
    expect(asked).toBeGreaterThan(0);
  });

  it('returns to the check page after a change made from it', () => {
    const actor = start();
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'CHOOSE_SITUATION', situation: 'email-for-jobseeker', description: '' });
    for (const p of ['know', 'want', 'can'] as const)
      actor.send({ type: 'SUBMIT_ANSWERS', answers: answersFor(p) });
    actor.send({ type: 'CHANGE', step: 'know' });
    expect(actor.getSnapshot().value).toBe('know');
    actor.send({ type: 'SUBMIT_ANSWERS', answers: { 'know.skills': ['partly'] } });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.data.answers['know.skills']).toEqual(['partly']);
  });
});
