// Opening a case file exported earlier (or by a colleague). The file is read and validated
// before anything changes: a bad, foreign or truncated file is refused with a clear message and
// the current case is left as it was.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CASE_FILE_CHARS, type CaseFileError } from '../../domain/case/caseFile.write';
import type { Content } from '../../domain/content/types';
import type { CaseData } from '../../domain/wizard/steps';
import { useContent } from '../ContentContext';

type ImportError = CaseFileError | 'unreadable';

/** Reads and checks a chosen file; never throws, never touches the case. */
export async function readCaseFile(
  content: Content,
  file: Blob,
): Promise<{ ok: true; data: CaseData } | { ok: false; error: ImportError }> {
  // UTF-8 takes up to 4 bytes a character: anything bigger cannot be a case file.
  if (file.size > MAX_CASE_FILE_CHARS * 4) return { ok: false, error: 'too-large' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  // The reader (and its validator) is fetched only when a file is chosen.
  let result;
  try {
    const { parseCaseFile } = await import('../../domain/case/caseFile.read');
    result = parseCaseFile(content, text);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  return result.ok ? { ok: true, data: result.data } : result;
}

export function ImportCase({ onImport }: { onImport: (data: CaseData) => void }) {
  const { t } = useTranslation('ui');
  const content = useContent();
  const id = useId();
  const [error, setError] = useState<ImportError | null>(null);
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--error import-case' : 'field import-case'}>
      <label htmlFor={id}>{t('case.import')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('case.importHint')}
      </p>
      {error && (
        <p className="error-message" id={errorId} role="alert">
          {t(`case.importError.${error}`)}
        </p>
      )}
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={error ? `${id}-hint ${errorId}` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          void readCaseFile(content, file).then((result) => {
            // The same file can be chosen again after a fix.
            input.value = '';
            if (result.ok) {
              setError(null);
              onImport(result.data);
            } else setError(result.error);
          });
        }}
      />
    </div>
  );
}
