// The framework page in jsdom (ADR 0019), in both languages: recording a framework on this
// device, a refused form or file that changes nothing, the deployed framework shown read-only.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { FRAMEWORK_STORAGE_KEY } from '../../src/domain/framework/storage';
import { ContentProvider } from '../../src/ui/ContentContext';
import FrameworkPage from '../../src/ui/framework/FrameworkPage';
import { expectNoAxeViolations } from '../support/axe';
import { realContent } from '../support/content';
import { renderWithI18n, testI18n } from '../support/render';

const content = realContent();
const validText = readFileSync('tests/fixtures/framework/valid.json', 'utf8');
const brokenText = readFileSync('tests/fixtures/framework/broken.json', 'utf8');

/** What the server answers for framework.json: nothing deployed unless a test says so. */
function deploy(body: string | null) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        body === null
          ? new Response('not found', { status: 404 })
          : new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    ),
  );
}

beforeEach(() => {
  localStorage.clear();
  deploy(null);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Typing letter by letter is slow on a page this size in jsdom: a click and a paste. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

function renderPage(lng = 'fr') {
  const t = testI18n(lng).getFixedT(lng, 'framework');
  const tc = testI18n(lng).getFixedT(lng, 'content');
  const view = renderWithI18n(
    <ContentProvider value={content}>
      <FrameworkPage screen="framework" rest="" />
    </ContentProvider>,
    lng,
  );
  return { ...view, t, tc };
}

describe.each(['fr', 'en'])('framework page (%s)', (lng) => {
  it('records a framework on this device, which the page finds again', async () => {
    const user = userEvent.setup();
    const { t, tc } = renderPage(lng);
    expect(screen.getByRole('heading', { level: 1, name: t('title') })).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: t('form.heading') });
    await expectNoAxeViolations(document.body, `framework page, empty (${lng})`);

    await fill(
      user,
      within(form).getByRole('textbox', { name: t('form.service') }),
      'Service social',
    );
    const passwords = within(form).getByRole('group', {
      name: tc(key.situationTitle('passwords')),
    });
    await user.selectOptions(
      within(passwords).getByRole('combobox', { name: t('form.position') }),
      'not-allowed',
    );
    await fill(
      user,
      within(passwords).getByRole('textbox', { name: t('form.reference') }),
      'Règlement de travail, art. 12',
    );
    await user.selectOptions(
      within(form).getByRole('combobox', { name: t('form.devices') }),
      'yes',
    );
    await fill(user, within(form).getByRole('textbox', { name: t('form.dpo') }), 'dpo@service.be');
    await user.click(within(form).getByRole('button', { name: t('form.addPartner') }));
    await fill(user, within(form).getByRole('textbox', { name: t('form.partnerName') }), 'EPN');
    await fill(
      user,
      within(form).getByRole('textbox', { name: t('form.partnerUrl') }),
      'epn.example.be',
    );
    await user.click(within(form).getByRole('button', { name: t('form.save') }));

    expect(screen.getByRole('status')).toHaveTextContent(t('status.saved'));
    const saved = JSON.parse(localStorage.getItem(FRAMEWORK_STORAGE_KEY)!) as {
      service: string;
      rules: unknown[];
      partners: unknown[];
    };
    expect(saved.service).toBe('Service social');
    expect(saved.rules).toEqual([
      {
        situation: 'passwords',
        position: 'not-allowed',
        reference: 'Règlement de travail, art. 12',
      },
    ]);
    expect(saved.partners).toEqual([{ name: 'EPN', url: 'https://epn.example.be' }]);
    await expectNoAxeViolations(document.body, `framework page, saved (${lng})`);

    cleanup();
    renderPage(lng);
    const device = await screen.findByRole('region', { name: t('device.heading') });
    expect(within(device).getByRole('link', { name: 'EPN' })).toHaveAttribute(
      'href',
      'https://epn.example.be',
    );
    expect(within(device).getByRole('link', { name: 'dpo@service.be' })).toHaveAttribute(
      'href',
      'mailto:dpo@service.be',
    );
  }, 30_000);

  it('refuses a form with no service name and a person as DPO, and saves nothing', async () => {
    const user = userEvent.setup();
    const { t } = renderPage(lng);
    const form = await screen.findByRole('form', { name: t('form.heading') });
    await fill(user, within(form).getByRole('textbox', { name: t('form.dpo') }), 'Marie Dupont');
    await user.click(within(form).getByRole('button', { name: t('form.save') }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: t('errors.service') })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: t('errors.dpo') })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: t('form.dpo') })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(localStorage.getItem(FRAMEWORK_STORAGE_KEY)).toBeNull();
    await waitFor(() => expect(summary).toHaveFocus());
    await expectNoAxeViolations(document.body, `framework page, errors (${lng})`);
  }, 20_000);

  it('imports a file, and refuses a broken one without changing anything', async () => {
    const user = userEvent.setup();
    const { t } = renderPage(lng);
    const input = await screen.findByLabelText(t('import.label'));
    await user.upload(
      input,
      new File([brokenText], 'framework.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(t('refused.invalid'));
    expect(alert).toHaveTextContent('dpo:');
    expect(localStorage.getItem(FRAMEWORK_STORAGE_KEY)).toBeNull();

    await user.upload(input, new File([validText], 'framework.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(t('status.imported')));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(JSON.parse(localStorage.getItem(FRAMEWORK_STORAGE_KEY)!)).toMatchObject({
      service: 'CPAS de Exempleville — service social',
    });
  }, 20_000);

  it('shows a deployed framework read-only, as the framework of its service', async () => {
    deploy(validText);
    const { t } = renderPage(lng);
    const name = t('deployed.heading', { service: 'CPAS de Exempleville — service social' });
    const region = await screen.findByRole('region', { name });
    expect(within(region).getByText(t('deployed.note'))).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByLabelText(t('import.label'))).toBeNull();
    await expectNoAxeViolations(document.body, `framework page, deployed (${lng})`);
  }, 20_000);

  it('says why a deployed file is refused, and keeps the device framework', async () => {
    localStorage.setItem(FRAMEWORK_STORAGE_KEY, validText);
    deploy(brokenText);
    const { t } = renderPage(lng);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(t('deployed.refused', { why: t('refused.invalid') }));
    expect(alert).toHaveTextContent('framework.json: dpo:');
    expect(screen.getByRole('region', { name: t('device.heading') })).toBeInTheDocument();
    expect(localStorage.getItem(FRAMEWORK_STORAGE_KEY)).toBe(validText);
  });
});
