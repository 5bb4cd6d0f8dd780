// The trainer gathers the groups' cases — exported files or share links — and sees them side by
// side. Files are read in the browser; nothing is sent. A bad file is refused with its own
// message while the others load.
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCaseFile } from '../../domain/case/caseFile';
import { decodeShare, SHARE_PARAM } from '../../domain/case/share';
import type { Group } from '../../domain/workshop/compare';
import { useContent } from '../ContentContext';
import { ComparisonTable } from './ComparisonTable';
import { useViewHeading } from './routes';
import { Button } from '../components/Button';

/** The encoded case of a share link, from its query (or its hash's query), if any. */
function caseParam(link: string): string | null {
  try {
    const url = new URL(link.trim());
    const fromHash = new URLSearchParams(url.hash.split('?')[1] ?? '');
    return url.searchParams.get(SHARE_PARAM) ?? fromHash.get(SHARE_PARAM);
  } catch {
    return null;
  }
}

export function Compare() {
  const content = useContent();
  const { t } = useTranslation(['screens', 'workshop', 'content']);
  const heading = useViewHeading(t('workshop.compare'));
  const ids = useId();
  const [groups, setGroups] = useState<Group[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [link, setLink] = useState('');
  const [links, setLinks] = useState(0);

  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    const read = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        result: parseCaseFile(content, await file.text()),
      })),
    );
    const added: Group[] = [];
    const errors: string[] = [];
    for (const { name, result } of read)
      if (result.ok) added.push({ label: name, data: result.data });
      else errors.push(t(`workshop.import.errors.${result.error}`, { name }));
    setGroups((g) => [...g, ...added]);
    setRefused(errors);
    // The same file can be chosen again after it is removed.
    input.value = '';
  };

  const onLink = (e: FormEvent) => {
    e.preventDefault();
    if (!link.trim()) return;
    const name = `${t('workshop.table.link')} ${links + 1}`;
    const encoded = caseParam(link);
    const result = encoded === null ? null : decodeShare(content, encoded);
    if (result?.ok) {
      setGroups((g) => [...g, { label: name, data: result.data }]);
      setLinks((n) => n + 1);
      setLink('');
      setRefused([]);
    } else {
      setRefused([
        t(`workshop.import.errors.${result ? result.error : 'no-case'}`, { name: link.trim() }),
      ]);
    }
  };

  return (
    <div className="workshop-compare">
      <p className="no-print">
        <a href="#/workshop">{t('workshop.back')}</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('workshop.compare')}
      </h1>
      <p>{t('workshop.compareIntro')}</p>
      <div className="field no-print">
        <label htmlFor={`${ids}-files`}>{t('workshop.import.files')}</label>
        <p className="hint" id={`${ids}-files-hint`}>
          {t('workshop.import.filesHint')}
        </p>
        <input
          id={`${ids}-files`}
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={`${ids}-files-hint`}
          onChange={(e) => void onFiles(e)}
        />
      </div>
      <form className="field no-print workshop-link" onSubmit={onLink}>
        <label htmlFor={`${ids}-link`}>{t('workshop.import.link')}</label>
        <input
          id={`${ids}-link`}
          type="url"
          value={link}
          onChange={(e) => setLink(e.target.value)}
        />
        <Button variant="secondary" type="submit">
          {t('workshop.import.addLink')}
        </Button>
      </form>
      {refused.length > 0 && (
        <div role="alert" className="error-summary" aria-labelledby={`${ids}-refused`}>
          <h2 id={`${ids}-refused`}>{t('workshop.import.refused')}</h2>
          <ul>
            {refused.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status">
        {groups.length === 0
          ? t('workshop.import.empty')
          : t('workshop.import.loaded', { count: groups.length })}
      </p>
      {groups.length > 0 && (
        <>
          <ol className="workshop-groups no-print">
            {groups.map((g, i) => (
              <li key={`${g.label}-${i}`}>
                {t('workshop.table.group', { n: i + 1 })} — {g.label}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setGroups((all) => all.filter((_, j) => j !== i))}
                >
                  {t('workshop.import.remove')}
                  <span className="visually-hidden">
                    {' '}
                    ({t('workshop.table.group', { n: i + 1 })})
                  </span>
                </button>
              </li>
            ))}
          </ol>
          <Button
            className="no-print"
            onClick={() => {
              setGroups([]);
              setRefused([]);
            }}
          >
            {t('workshop.import.clear')}
          </Button>
          <ComparisonTable groups={groups} />
        </>
      )}
    </div>
  );
}
