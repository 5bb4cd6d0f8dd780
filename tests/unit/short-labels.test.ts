// Each question's short label (ADR 0024, second pass): the key of the check page, a few words
// that fit one line on a phone beside "Change". content:check proves each exists and is not
// empty; this proves each is short, and shorter than the question it stands for.
import { describe, expect, it } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { POSTURES } from '../../src/domain/content/types';
import { realContent } from '../support/content';
import { testI18n } from '../support/render';

/** About a phone line of bold text beside "Modifier" at 360 px, in either language. */
const SHORT_MAX = 48;

const content = realContent();
const questions = POSTURES.flatMap((p) => content.postures[p].questions);

describe.each(['fr', 'en'])('short labels (%s)', (lng) => {
  const t = testI18n(lng).getFixedT(lng, 'content');

  it('names every question in a few words, shorter than its question, each its own', () => {
    const shorts = questions.map((q) => t(key.questionShort(q.id)));
    questions.forEach((q, i) => {
      const short = shorts[i]!;
      expect(short.length, q.id).toBeLessThanOrEqual(SHORT_MAX);
      expect(short.length, q.id).toBeLessThan(t(key.questionLabelGeneral(q.id)).length);
      // A key, not a question: no question mark.
      expect(short, q.id).not.toMatch(/\?/);
    });
    // Two answers under the same key would read as the same question.
    expect(new Set(shorts).size).toBe(shorts.length);
  });
});
