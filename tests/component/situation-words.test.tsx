// A case's questions read in its situation's own words (ADR 0025), on the posture page and on
// the check page: by role and name, in both languages.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { evaluate, walkPath } from '../../src/domain/engine';
import { emptyCase, type CaseData } from '../../src/domain/wizard/steps';
import { ContentProvider } from '../../src/ui/ContentContext';
import { PosturePage } from '../../src/ui/posture/PosturePage';
import { ReviewPage } from '../../src/ui/review/ReviewPage';
import { realContent } from '../support/content';
import { renderWithI18n, testI18n } from '../support/render';

const content = realContent();
const SITUATION = 'email-for-jobseeker';

/** An email-for-jobseeker case in Belgium, each question answered with its first option. */
function emailCase(): CaseData {
  const data: CaseData = { ...emptyCase(content), jurisdiction: 'BE', situation: SITUATION };
  for (;;) {
    const next = walkPath(content, data).find((s) => !s.answer);
    if (!next) return data;
    data.answers = { ...data.answers, [next.question.id]: [next.question.options[0]!.id] };
  }
}

afterEach(cleanup);

describe.each(['fr', 'en'])('the situation’s own words (%s)', (lng) => {
  const tc = testI18n(lng).getFixedT(lng, 'content');
  const own = tc(key.questionLabel('know.skills', SITUATION));
  const general = tc(key.questionLabelGeneral('know.skills'));

  it('the posture page asks know.skills as creating an email address', () => {
    expect(own).not.toBe(general);
    renderWithI18n(
      <ContentProvider value={content}>
        <PosturePage
          posture="know"
          data={{ ...emptyCase(content), jurisdiction: 'BE', situation: SITUATION }}
          onSubmit={vi.fn()}
          onBack={vi.fn()}
        />
      </ContentProvider>,
      lng,
    );
    expect(screen.getByRole('group', { name: own })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: general })).toBeNull();
  });

  it('the check page lists the question in the same words', () => {
    const data = emailCase();
    renderWithI18n(
      <ContentProvider value={content}>
        <ReviewPage
          data={data}
          evaluation={evaluate(content, data)}
          onChange={vi.fn()}
          onConfirm={vi.fn()}
          onBack={vi.fn()}
        />
      </ContentProvider>,
      lng,
    );
    // Each answer's "Change" button names its question ("Change" + the label; jsdom reads the
    // two without the space between them).
    const change = testI18n(lng).getFixedT(lng, 'screens')('review.change');
    const named = (label: string) => (name: string) =>
      name.startsWith(change) && name.endsWith(label);
    expect(screen.getByRole('button', { name: named(own) })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: named(general) })).toBeNull();
  });
});
