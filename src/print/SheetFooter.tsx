// The bottom of the paper sheet: spaces to date and sign, then what reopens this diagnostic —
// the content version, the share link written out, and its QR code.
import { useTranslation } from 'react-i18next';
import { QrCode } from './QrCode';

export function Signatures() {
  const { t } = useTranslation('screens');
  return (
    <section className="signatures print-only" aria-label={t('sheet.signatures.title')}>
      {(['date', 'worker', 'person'] as const).map((who) => (
        <div key={who} className="signature">
          <span>{t(`sheet.signatures.${who}`)}</span>
          <span className="signature-space" />
        </div>
      ))}
    </section>
  );
}

/** The QR code of the share link: on paper it sits beside the signatures to save a page. */
export function SheetQr({ link }: { link: string }) {
  const { t } = useTranslation('screens');
  return <QrCode text={link} label={t('sheet.footer.qr')} />;
}

export function SheetFooter({ version, link }: { version: string; link: string | null }) {
  const { t } = useTranslation(['screens', 'ui'], { nsMode: 'fallback' });
  return (
    <footer className="sheet-footer">
      <div className="sheet-footer-text">
        <p>{t('sheet.footer.version', { version })}</p>
        <p>{t('start.notLegalOpinion')}</p>
        {link && (
          <p>
            {t('sheet.footer.reopen')}{' '}
            <a className="share-link" href={link}>
              {link}
            </a>
          </p>
        )}
      </div>
    </footer>
  );
}
