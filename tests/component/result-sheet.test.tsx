import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeShare, SHARE_PARAM } from '../../src/domain/case/share';
import { key } from '../../src/domain/content/keys';
import type { Content } from '../../src/domain/content/types';
import { POSTURES } from '../../src/domain/content/types';
import { evaluate, walkPath } from '../../src/domain/engine';
import { emptyCase, type CaseData } from '../../src/domain/wizard/steps';
import { ContentProvider } from '../../src/ui/ContentContext';
import { ResultPage } from '../../src/ui/result/ResultPage';
import { realContent } from '../support/content';
import { renderWithI18n, interfaceText } from '../support/render';

const content = realContent();
const t = interfaceText('fr');

/** A whole case from the content itself: the first option of every question on the path. */
function completeCase(c: Content, optionIndex = 0): CaseData {
  const data: CaseData = { ...emptyCase(c), situation: 'email-for-jobseeker' };
  for (;;) {
    const next = walkPath(c, data).find((s) => !s.answer);
    if (!next) return data;
    const options = next.question.options;
    const option = options[Math.min(optionIndex, options.length - 1)]!;
    data.answers = { ...data.answers, [next.question.id]: [option.id] };
  }
}

function renderSheet(data: CaseData, onSheetChange = vi.fn(), onBack = vi.fn()) {
  renderWithI18n(
    <ContentProvider value={content}>
      <ResultPage
        data={data}
        evaluation={evaluate(content, data)}
        onBack={onBack}
        onSheetChange={onSheetChange}
      />
    </ContentProvider>,
  );
  return { onSheetChange, onBack };
}

// No vitest globals here: testing-library cannot clean up on its own.
afterEach(cleanup);

describe('the decision sheet', () => {
  it('shows the recommendation and each posture with its verdict and the answers given', () => {
    const data = completeCase(content, 1);
    const evaluation = evaluate(content, data);
    renderSheet(data);
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: new RegExp(t(`content:${key.outcomeTitle(evaluation.outcome!.id)}`)),
      }),
    ).toBeInTheDocument();
    const postures = screen.getByRole('heading', { name: t('result.postures') }).parentElement!;
    for (const p of POSTURES) {
      const item = within(postures)
        .getByText(t(`content:${key.postureQuestion(p)}`))
        .closest('li')!;
      expect(item).toHaveTextContent(t(`content:${key.verdict(evaluation.postures[p].verdict)}`));
      for (const q of evaluation.path[p])
        expect(item).toHaveTextContent(t(`content:${key.option(q, data.answers[q]![0]!)}`));
    }
  });

  it('asks for a case reference with a warning never to put a name, and keeps it in the case', async () => {
    const user = userEvent.setup();
    const { onSheetChange } = renderSheet(completeCase(content));
    const reference = screen.getByRole('textbox', { name: t('sheet.reference.label') });
    expect(reference).toHaveAccessibleDescription(t('sheet.reference.warning'));
    await user.type(reference, 'D-7');
    expect(reference).toHaveValue('D-7');
    expect(onSheetChange).toHaveBeenLastCalledWith({ reference: 'D-7' });
  });

  it('records the consent as asked, obtained, refused or not applicable', async () => {
    const user = userEvent.setup();
    const { onSheetChange } = renderSheet(completeCase(content));
    const group = screen.getByRole('group', { name: t('sheet.consent.legend') });
    const choices = within(group).getAllByRole('radio');
    expect(choices.map((c) => c.getAttribute('value'))).toEqual([
      'asked',
      'obtained',
      'refused',
      'not-applicable',
    ]);
    await user.click(within(group).getByRole('radio', { name: t('sheet.consent.refused') }));
    expect(onSheetChange).toHaveBeenLastCalledWith({ consent: 'refused' });
  });

  it('prints a link and a QR code that reopen the case, without its free text', () => {
    const data = completeCase(content);
    data.description = 'sans nom';
    data.sheet = { reference: 'D-7', notes: 'note privée', consent: 'asked' };
    renderSheet(data);
    expect(screen.getByRole('img', { name: t('sheet.footer.qr') })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /[?&]case=/ });
    const encoded = new URL(link.getAttribute('href')!).searchParams.get(SHARE_PARAM)!;
    const decoded = decodeShare(content, encoded);
    expect(decoded.ok && decoded.data.answers).toEqual(data.answers);
    expect(decoded.ok && decoded.data.situation).toBe(data.situation);
    expect(link.getAttribute('href')).not.toMatch(/D-7|note|nom/);
  });

  it('lists the next steps as boxes to tick and prints through the browser', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const data = completeCase(content);
    const evaluation = evaluate(content, data);
    renderSheet(data);
    const steps = screen.getByRole('heading', { name: t('result.nextSteps') }).parentElement!;
    expect(within(steps).getAllByRole('listitem')).toHaveLength(
      evaluation.nextSteps.length + evaluation.advice.length,
    );
    await user.click(screen.getByRole('button', { name: t('result.print') }));
    expect(print).toHaveBeenCalledOnce();
  });
});
