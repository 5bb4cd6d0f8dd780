// What the worker adds to the decision sheet: a case reference (never a name), notes and the
// person's consent. On screen they are form fields; on paper, their values or empty spaces and
// boxes to fill by hand.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT, type SheetData } from '../domain/wizard/steps';
import { TextField } from '../ui/components/TextField';
import { Box } from './Box';

interface Props {
  sheet: SheetData;
  onChange: (patch: Partial<SheetData>) => void;
}

/** Short: a file number fits, a name and address does not. */
export const REFERENCE_MAX = 40;
/**
 * About fifteen printed lines: with the longest case the content allows, the sheet still holds
 * on two A4 pages (ADR 0007). A longer note belongs in the service's own file.
 */
export const NOTES_MAX = 1500;

export function ReferenceField({ sheet, onChange }: Props) {
  const { t } = useTranslation('screens');
  const id = useId();
  return (
    <div className="sheet-reference">
      <TextField
        id={id}
        className="no-print"
        label={t('sheet.reference.label')}
        hint={t('sheet.reference.warning')}
        warning
      >
        {(wiring) => (
          <input
            {...wiring}
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={REFERENCE_MAX}
            value={sheet.reference}
            onChange={(e) => onChange({ reference: e.target.value })}
          />
        )}
      </TextField>
      <p className="print-only">
        <strong>{t('punctuation.label', { label: t('sheet.reference.print') })}</strong>{' '}
        {sheet.reference || <span className="blank-line" />}
      </p>
    </div>
  );
}

export function NotesField({ sheet, onChange }: Props) {
  const { t } = useTranslation('screens');
  const id = useId();
  return (
    <section className="sheet-notes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sheet.notes.title')}</h2>
      <TextField
        id={id}
        className="no-print"
        label={t('sheet.notes.label')}
        hint={t('sheet.notes.hint')}
        warning
      >
        {(wiring) => (
          <textarea
            {...wiring}
            rows={4}
            maxLength={NOTES_MAX}
            value={sheet.notes}
            onChange={(e) => onChange({ notes: e.target.value })}
          />
        )}
      </TextField>
      <div className={sheet.notes ? 'print-only notes-box free-text' : 'print-only notes-box'}>
        {sheet.notes}
      </div>
    </section>
  );
}

export function ConsentField({ sheet, onChange }: Props) {
  const { t } = useTranslation('screens');
  const id = useId();
  return (
    <section className="sheet-consent">
      <fieldset className="field no-print">
        <legend>{t('sheet.consent.legend')}</legend>
        <div className="choices choices--inline">
          {CONSENT.map((c) => (
            <div className="choice" key={c}>
              <input
                id={`${id}-${c}`}
                type="radio"
                name={`${id}-consent`}
                value={c}
                checked={sheet.consent === c}
                onChange={() => onChange({ consent: c })}
              />
              <label htmlFor={`${id}-${c}`}>{t(`sheet.consent.${c}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <p className="print-only">
        <strong>{t('punctuation.label', { label: t('sheet.consent.legend') })}</strong>{' '}
        {CONSENT.map((c) => (
          <span className="boxed" key={c}>
            <Box checked={sheet.consent === c} /> {t(`sheet.consent.${c}`)}
          </span>
        ))}
      </p>
    </section>
  );
}
