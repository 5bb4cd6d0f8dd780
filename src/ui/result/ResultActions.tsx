// What the worker does with a result, at the top and at the bottom of the page: print it, save
// the case file, share it, or start a new case. A new case erases this one from the device, so
// it asks first and offers to save the file before.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseData } from '../../domain/wizard/steps';
import { useContent } from '../ContentContext';
import { shareLinkOf } from './prepare';

interface Props {
  data: CaseData;
  /** Saves the case file (which carries a workshop group's label, ResultPage). */
  onSave: () => void;
  /** Erases this case and goes back to the start; absent where the page cannot start over. */
  onNewCase?: () => void;
  /** Prints the one-page note for the manager instead of the sheet; absent without an outcome. */
  onPrintNote?: () => void;
}

export function ResultActions({ data, onSave: save, onNewCase, onPrintNote }: Props) {
  const { t } = useTranslation(['screens', 'ui'], { nsMode: 'fallback' });
  const content = useContent();
  const [shareStatus, setShareStatus] = useState<'copied' | 'copyFailed' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const link = shareLinkOf(content, data, window.location);
  const share = () => {
    if (!link) return;
    // The clipboard may be refused (permissions, no secure context): the link is then written
    // out, to copy by hand.
    if (typeof navigator.clipboard?.writeText !== 'function') setShareStatus('copyFailed');
    else
      navigator.clipboard.writeText(link).then(
        () => setShareStatus('copied'),
        () => setShareStatus('copyFailed'),
      );
  };

  return (
    <div className="result-actions no-print">
      <ul className="actions" aria-label={t('result.actions')}>
        <li>
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('result.print')}
          </button>
        </li>
        {onPrintNote && (
          <li>
            <button type="button" className="button button--secondary" onClick={onPrintNote}>
              {t('note.print')}
            </button>
          </li>
        )}
        <li>
          <button type="button" className="button button--secondary" onClick={save}>
            {t('result.save')}
          </button>
        </li>
        {link && (
          <li>
            <button type="button" className="button button--secondary" onClick={share}>
              {t('result.share')}
            </button>
          </li>
        )}
        {onNewCase && (
          <li>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={confirming}
              onClick={() => {
                setConfirming(true);
                // The question appears next to the button; reading it is the next thing to do.
                setTimeout(() => confirmText.current?.focus(), 0);
              }}
            >
              {t('result.newCase')}
            </button>
          </li>
        )}
      </ul>
      <p role="status" className="share-status">
        {shareStatus && t(`case.${shareStatus}`, { ns: 'ui' })}
      </p>
      {shareStatus === 'copyFailed' && link && <p className="share-link">{link}</p>}
      {onNewCase && confirming && (
        <div className="confirm">
          <p tabIndex={-1} ref={confirmText}>
            {t('result.newCaseConfirm')}
          </p>
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={save}>
              {t('result.newCaseSaveFirst')}
            </button>
            <button type="button" className="button button--danger" onClick={onNewCase}>
              {t('result.newCaseYes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              {t('result.newCaseNo')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
