import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { App } from '../../src/ui/App';
import { renderWithI18n, bootNow, interfaceText, chooseCountry } from '../support/render';
import { realContent } from '../support/content';

const t = interfaceText('fr');

describe('App', () => {
  it('shows the error summary, focused, when a posture page is submitted empty', async () => {
    const user = userEvent.setup();
    renderWithI18n(<App content={realContent()} boot={bootNow()} />);
    await user.click(screen.getByRole('button', { name: t('start.begin') }));
    await chooseCountry(user);
    await user.click(
      screen.getByRole('radio', {
        name: new RegExp(t('content:situation.email-for-jobseeker.title')),
      }),
    );
    await user.click(screen.getByRole('button', { name: t('actions.next') }));
    expect(
      screen.getByRole('heading', { level: 1, name: t('content:posture.know.question') }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('actions.next') }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    // In the words of the situation chosen (ADR 0025).
    const group = screen.getByRole('group', {
      name: t(key.questionLabel('know.skills', 'email-for-jobseeker'), { ns: 'content' }),
    });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(new RegExp(t('errors.chooseOne')));
  }, 20_000);
});
