// The first visit's start frame (ADR 0022): the start page works before the wizard and the
// decision content are there, and hands over to the app for what it cannot do alone.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeCase } from '../../src/domain/case/caseFile.write';
import { emptyCase } from '../../src/domain/wizard/steps';
import { AppGate } from '../../src/ui/AppGate';
import { FRESH_BOOT } from '../../src/ui/case/startBoot';
import { expectNoAxeViolations } from '../support/axe';
import { realContent } from '../support/content';
import { interfaceText, renderWithI18n } from '../support/render';

const t = interfaceText('fr');
const content = realContent();

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the start frame of a first visit', () => {
  it('is the start page, with its header and quick exit, and no case tools', async () => {
    const { container } = renderWithI18n(<AppGate boot={FRESH_BOOT} loaded={null} />);
    expect(screen.getByRole('heading', { level: 1, name: t('steps.start') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: t('quickExit.button') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: t('start.begin') })).toBeInTheDocument();
    await expectNoAxeViolations(container, 'start frame');
  }, 20_000);

  it('hands over to the app on "Begin", which opens the country step with focus on it', async () => {
    const user = userEvent.setup();
    renderWithI18n(<AppGate boot={FRESH_BOOT} loaded={null} />);
    await user.click(screen.getByRole('button', { name: t('start.begin') }));
    const heading = await screen.findByRole(
      'heading',
      // A fresh device remembers no country: its step comes first (ADR 0023).
      { level: 1, name: t('steps.country') },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(heading).toHaveFocus());
  }, 20_000);

  it('opens a case file chosen on the start page in the app, at its furthest step', async () => {
    const user = userEvent.setup();
    renderWithI18n(<AppGate boot={FRESH_BOOT} loaded={null} />);
    const data = { ...emptyCase(content), situation: content.situations.situations[0]!.id };
    const file = new File([serializeCase(content, data)], 'case.json', {
      type: 'application/json',
    });
    await user.click(screen.getByText(t('startMore.openFile')));
    await user.upload(screen.getByLabelText(t('case.import')), file);
    // The situation is chosen: the app opens on the first posture's question.
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: t('content:posture.know.question') },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  }, 20_000);

  it('hands over to the app when a page is asked for in the address', async () => {
    renderWithI18n(<AppGate boot={FRESH_BOOT} loaded={null} />);
    window.location.hash = '#/carnet';
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: t('screens:carnet.title') },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  }, 20_000);
});
