// The error boundary in isolation: a throwing screen shows the recovery page, which exports
// the case it was given and starts again; moving to another screen leaves the error behind.
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { emptySheet, type CaseData } from '../../src/domain/wizard/steps';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { I18nextProvider } from 'react-i18next';
import { realContent } from '../support/content';
import { renderWithI18n } from '../support/render';

const caseData: CaseData = {
  jurisdiction: 'BE',
  situation: 'email-for-jobseeker',
  description: '',
  answers: { 'know.skills': ['yes'] },
  sheet: emptySheet(),
};

function Broken(): null {
  throw new Error('screen bug');
}

afterEach(() => {
  vi.restoreAllMocks();
});

test('a crashing screen gives the recovery page; export writes the case; restart calls back', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the crash
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:case'));
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const onRestart = vi.fn();
  const { i18n } = renderWithI18n(
    <ErrorBoundary
      content={realContent()}
      caseData={caseData}
      onRestart={onRestart}
      resetKey="review"
    >
      <Broken />
    </ErrorBoundary>,
  );
  const t = i18n.getFixedT('fr', 'ui');
  expect(screen.getByRole('heading', { level: 1, name: t('recovery.title') })).toHaveFocus();

  fireEvent.click(screen.getByRole('button', { name: t('recovery.export') }));
  expect(click).toHaveBeenCalledOnce();
  const file = JSON.parse(await blobs[0]!.text()) as { case: CaseData };
  expect(file.case).toEqual(caseData);

  fireEvent.click(screen.getByRole('button', { name: t('recovery.restart') }));
  expect(onRestart).toHaveBeenCalledOnce();
});

test('another screen (a new resetKey) renders normally again', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const props = { content: realContent(), caseData, onRestart: () => undefined };
  const { rerender, i18n } = renderWithI18n(
    <ErrorBoundary {...props} resetKey="review">
      <Broken />
    </ErrorBoundary>,
  );
  const t = i18n.getFixedT('fr', 'ui');
  expect(screen.getByRole('heading', { name: t('recovery.title') })).toBeInTheDocument();
  rerender(
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary {...props} resetKey="result">
        <p>result screen</p>
      </ErrorBoundary>
    </I18nextProvider>,
  );
  expect(screen.queryByRole('heading', { name: t('recovery.title') })).toBeNull();
  expect(screen.getByText('result screen')).toBeInTheDocument();
});
