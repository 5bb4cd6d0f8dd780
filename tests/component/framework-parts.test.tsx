// The pieces the wizard and the sheet use to show a service's framework (ADR 0019): the note
// beside a question answered in advance, the sheet's part, and which framework is in effect.
import { cleanup, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { key } from '../../src/domain/content/keys';
import { parseFramework, type Framework } from '../../src/domain/framework/read';
import { changedAnswers, frameworkAnswers, prefill } from '../../src/domain/framework/prefill';
import { FRAMEWORK_STORAGE_KEY } from '../../src/domain/framework/storage';
import { ContentProvider } from '../../src/ui/ContentContext';
import { FrameworkNote } from '../../src/ui/framework/FrameworkNote';
import { FrameworkOnSheet } from '../../src/ui/framework/FrameworkOnSheet';
import { FRAMEWORK_MAP, frameworkInEffect } from '../../src/ui/framework/inEffect';
import { expectNoAxeViolations } from '../support/axe';
import { realContent } from '../support/content';
import { renderWithI18n, testI18n } from '../support/render';

const content = realContent();
const validText = readFileSync('tests/fixtures/framework/valid.json', 'utf8');
const framework = (parseFramework(content, validText) as { ok: true; framework: Framework })
  .framework;
const input = { jurisdiction: 'BE' as const, situation: 'passwords', answers: {} };
afterEach(cleanup);

describe.each(['fr', 'en'])('framework in a case (%s)', (lng) => {
  const t = testI18n(lng).getFixedT(lng, 'framework');
  const tc = testI18n(lng).getFixedT(lng, 'content');
  const date = new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date('2026-09-01T00:00:00Z'),
  );
  const settled = prefill(framework, content, FRAMEWORK_MAP, input).settled.find(
    (s) => s.question === 'can.internal-rules',
  )!;

  it('says an answer comes from the framework, on which rule, and when the worker changed it', async () => {
    const { container } = renderWithI18n(
      <FrameworkNote settled={settled} adoptedOn={framework.adoptedOn} current={['no']} />,
      lng,
    );
    expect(screen.getByText(t('note.from', { date }))).toBeInTheDocument();
    expect(
      screen.getByText(t('note.rule', { reference: 'Règlement de travail, art. 12' })),
    ).toBeInTheDocument();
    expect(container).not.toHaveTextContent(t('note.changed', { answer: '' }).slice(0, 12));
    cleanup();
    const changed = renderWithI18n(
      <FrameworkNote settled={settled} adoptedOn={framework.adoptedOn} current={['yes']} />,
      lng,
    );
    const answer = tc(key.option('can.internal-rules', 'no'));
    expect(screen.getByText(t('note.changed', { answer }))).toBeInTheDocument();
    await expectNoAxeViolations(changed.container, `framework note (${lng})`);
  });

  it('puts the framework, the answers changed from it and the partners on the sheet', async () => {
    const answers = { 'can.internal-rules': ['yes'] };
    const said = frameworkAnswers(framework, content, FRAMEWORK_MAP, { ...input, answers });
    const { container } = renderWithI18n(
      <ContentProvider value={content}>
        <FrameworkOnSheet
          framework={framework}
          changed={changedAnswers(said, answers)}
          situation={input.situation}
        />
      </ContentProvider>,
      lng,
    );
    const section = screen.getByRole('region', {
      name: t('sheet.heading', { service: framework.service }),
    });
    expect(
      within(section).getByText(
        t('sheet.changedItem', {
          question: tc(key.questionLabel('can.internal-rules', input.situation)),
          framework: tc(key.option('can.internal-rules', 'no')),
          worker: tc(key.option('can.internal-rules', 'yes')),
        }),
      ),
    ).toBeInTheDocument();
    const partner = framework.partners[0]!;
    expect(within(section).getByRole('link', { name: partner.name })).toHaveAttribute(
      'href',
      partner.url,
    );
    expect(section).toHaveTextContent(partner.url);
    await expectNoAxeViolations(container, `framework on the sheet (${lng})`);
  });
});

describe('the framework in effect', () => {
  const store = (text: string | null) => ({
    getItem: () => text,
    setItem: () => undefined,
    removeItem: () => undefined,
  });
  const serve =
    (status: number, body = '') =>
    () =>
      Promise.resolve(
        new Response(status === 404 ? 'not found' : body, {
          status,
          headers: { 'content-type': 'application/json' },
        }),
      );

  it('is the deployed one first, then the one on this device, else none', async () => {
    const device = JSON.stringify({ ...framework, service: 'Sur cet appareil' });
    expect(await frameworkInEffect(content, serve(200, validText), store(device))).toEqual({
      framework,
      origin: 'deployed',
    });
    const fromDevice = await frameworkInEffect(content, serve(404), store(device));
    expect(fromDevice?.origin).toBe('device');
    expect(fromDevice?.framework.service).toBe('Sur cet appareil');
    expect(await frameworkInEffect(content, serve(200, '{broken'), store(device))).toMatchObject({
      origin: 'device',
    });
    expect(await frameworkInEffect(content, serve(404), store(null))).toBeNull();
    expect(FRAMEWORK_STORAGE_KEY).toBe('discerne.framework');
  });

  it('reads a host that answers every address with the app page as no framework', async () => {
    const html = () =>
      Promise.resolve(
        new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }),
      );
    expect(await frameworkInEffect(content, html, store(null))).toBeNull();
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await frameworkInEffect(content, offline, store(null))).toBeNull();
  });
});
