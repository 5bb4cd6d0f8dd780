import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { wizardMachine } from '../../src/domain/wizard';
import { realContent } from '../support/content';

const content = realContent();
const start = () => createActor(wizardMachine, { input: { content } }).start();
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
