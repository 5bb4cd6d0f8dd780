// Importing a framework file: read and checked before anything changes; a refused file says why
// (and, for whoever prepared it, which field) and leaves the framework on this device as it was.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../domain/content/types';
import {
  MAX_FRAMEWORK_FILE_CHARS,
  parseFramework,
  type Framework,
  type FrameworkError,
  type FrameworkProblem,
} from '../../domain/framework/read';
import { useContent } from '../ContentContext';

type ImportError = FrameworkError | 'unreadable';
type Refusal = { error: ImportError; problems: FrameworkProblem[] };

/** Reads and checks a chosen file; never throws, never touches what is saved. */
export async function readFrameworkFile(
  content: Content,
  file: Blob,
): Promise<{ ok: true; framework: Framework } | ({ ok: false } & Refusal)> {
  // UTF-8 takes up to 4 bytes a character: anything bigger cannot be a framework.
  if (file.size > MAX_FRAMEWORK_FILE_CHARS * 4)
    return { ok: false, error: 'too-large', problems: [] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'unreadable', problems: [] };
  }
  return parseFramework(content, text);
}

export function ImportFramework({ onImport }: { onImport: (framework: Framework) => void }) {
  const { t } = useTranslation('framework');
  const content = useContent();
  const id = useId();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  return (
    <div className={refusal ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{t('import.label')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('import.hint')}
      </p>
      {refusal && (
        <div id={`${id}-error`} role="alert">
          <p className="error-message">{t(`refused.${refusal.error}`)}</p>
          {refusal.problems.length > 0 && (
            <>
              <p>{t('import.details')}</p>
              <ul className="framework-problems">
                {refusal.problems.slice(0, 8).map((p, i) => (
                  <li key={i}>
                    <code>
                      {p.path}: {p.message}
                    </code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={refusal ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={refusal ? true : undefined}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          void readFrameworkFile(content, file).then((result) => {
            // The same file can be chosen again after a fix.
            input.value = '';
            if (result.ok) {
              setRefusal(null);
              onImport(result.framework);
            } else setRefusal({ error: result.error, problems: result.problems });
          });
        }}
      />
    </div>
  );
}
