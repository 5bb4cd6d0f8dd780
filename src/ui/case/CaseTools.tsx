// Keeping or passing on the case: export to a file, import one, and a share link carrying the
// answers only (never the free text). Shown on the check page and below the result; whether this
// computer is shared stays in sight, the rest is folded.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseFileName, CASE_FILE_TYPE, serializeCase } from '../../domain/case/caseFile.write';
import { shareUrl } from '../../domain/case/shareLink.write';
import type { CaseData } from '../../domain/wizard/steps';
import { downloadText } from '../../print/download';
import { useContent } from '../ContentContext';
import { CaseKeeping } from './CaseKeeping';
import { ImportCase } from './ImportCase';
import { Button } from '../components/Button';

interface Props {
  data: CaseData;
  onImport: (data: CaseData, migrated: boolean) => void;
  /** This browser does not keep the case: exporting is the only way to keep it. */
  unavailable: boolean;
}

export function CaseTools({ data, onImport, unavailable }: Props) {
  const { t } = useTranslation('ui');
  const content = useContent();
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  return (
    <section className="case-tools no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('case.toolsTitle')}</h2>
      {unavailable && <p className="hint warning">{t('case.notice.unavailable')}</p>}
      <CaseKeeping />
      {/* The file and the link, folded (a native <details>, ADR 0024): on a phone they were a
          screen long below the check page and the result, whose own actions save and share. */}
      {/* Open when this browser keeps nothing: then the file is the only way to keep the case. */}
      <details className="case-tools-more" open={unavailable}>
        <summary>{t('case.toolsMore')}</summary>
        <div className="case-tool">
          <Button
            variant="secondary"
            aria-describedby={`${id}-export-hint`}
            onClick={() =>
              downloadText(serializeCase(content, data), caseFileName(), CASE_FILE_TYPE)
            }
          >
            {t('case.export')}
          </Button>
          <p className="hint" id={`${id}-export-hint`}>
            {t('case.exportHint')}
          </p>
        </div>
        <ImportCase onImport={onImport} />
        {data.situation !== null && (
          <div className="case-tool">
            <Button
              variant="secondary"
              aria-describedby={`${id}-share-hint`}
              onClick={() => {
                setLink(shareUrl(content, data, window.location));
                setCopy(null);
              }}
            >
              {t('case.share')}
            </Button>
            <p className="hint" id={`${id}-share-hint`}>
              {t('case.shareHint')}
            </p>
            {link && (
              <div className="field">
                <label htmlFor={`${id}-link`}>{t('case.shareLabel')}</label>
                <input
                  id={`${id}-link`}
                  type="url"
                  readOnly
                  value={link}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <Button
                  variant="secondary"
                  onClick={() => {
                    // The clipboard may be refused (permissions, no secure context): the link
                    // stays visible to copy by hand.
                    if (typeof navigator.clipboard?.writeText !== 'function') setCopy('copyFailed');
                    else
                      navigator.clipboard.writeText(link).then(
                        () => setCopy('copied'),
                        () => setCopy('copyFailed'),
                      );
                  }}
                >
                  {t('case.copy')}
                </Button>
                <p role="status">{copy && t(`case.${copy}`)}</p>
              </div>
            )}
          </div>
        )}
      </details>
    </section>
  );
}
