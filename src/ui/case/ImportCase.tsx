// Opening a case file exported earlier (or by a colleague). The file is read and validated
// before anything changes: a bad, foreign or truncated file is refused with a clear message and
// the current case is left as it was.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseData } from '../../domain/wizard/steps';
import { useContentIfLoaded } from '../ContentContext';
import { TextField } from '../components/TextField';
import { loadContent } from '../loadApp';
import { readCaseFile, type ReadError, type ReadResult } from './readCaseFile';

interface Props {
  /** `migrated`: the file came from another content version and lost answers on the way. */
  onImport: (data: CaseData, migrated: boolean) => void;
}

export function ImportCase({ onImport }: Props) {
  const { t } = useTranslation('ui');
  // On the first visit's start page the content is fetched when a file is chosen (ADR 0022).
  const held = useContentIfLoaded();
  const id = useId();
  const [error, setError] = useState<ReadError | null>(null);
  return (
    <TextField
      id={id}
      className="import-case"
      label={t('case.import')}
      hint={t('case.importHint')}
      error={error && t(`case.importError.${error}`)}
      announceError
    >
      {(wiring) => (
        <input
          {...wiring}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            void (held ? Promise.resolve(held) : loadContent())
              .then((content) => readCaseFile(content, file))
              // The content could not be fetched (offline before it was kept): said, not silent.
              .catch((): ReadResult => ({ ok: false, error: 'unreadable' }))
              .then((result) => {
                // The same file can be chosen again after a fix.
                input.value = '';
                if (result.ok) {
                  setError(null);
                  onImport(result.data, result.migrated);
                } else setError(result.error);
              });
          }}
        />
      )}
    </TextField>
  );
}
