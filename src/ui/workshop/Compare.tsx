// The trainer gathers the groups' cases — exported files or share links — and sees them side by
// side. Files are read in the browser; nothing is sent. A bad file is refused with its own
// message while the others load.
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeShare } from '../../domain/case/shareLink.read';
import { shareCodeIn } from '../../domain/case/shareLink.write';
import { addGroups, type Group } from '../../domain/workshop/compare';
import { formatGroupLabel, type GroupLabel } from '../../domain/workshop/groupLabel';
import { groupIn } from '../../domain/workshop/workshopLink';
import { readCaseFile } from '../case/readCaseFile';
import { useContent } from '../ContentContext';
import { CameraReader } from './CameraReader';
import { useGroupWords } from './groupWords';
import { ComparisonTable } from './ComparisonTable';
import { useViewHeading } from './routes';
import { Button } from '../components/Button';
import { TextField } from '../components/TextField';

/** The encoded case of a share link (after `#case=`, or an older link's `?case=`), if any. */
function caseParam(link: string): string | null {
  try {
    return shareCodeIn(link.trim());
  } catch {
    return null;
  }
}

export function Compare() {
  const content = useContent();
  const { t } = useTranslation(['screens', 'workshop', 'content']);
  const heading = useViewHeading(t('workshop.compare'));
  const { name: groupName } = useGroupWords();
  /** A result is named by its group's label ("Groupe B — vert") when it carries one of the
   *  content's, otherwise by where it came from (a file's name, "link 2"). */
  const named = (data: Group['data'], label: GroupLabel | null | undefined, from: string): Group =>
    label
      ? { label: groupName(label), group: formatGroupLabel(label), data }
      : { label: from, data };
  const ids = useId();
  const [groups, setGroups] = useState<Group[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [twice, setTwice] = useState<{ duplicates: string[]; sameLabel: string[] }>({
    duplicates: [],
    sameLabel: [],
  });
  const add = (added: Group[]) => {
    const next = addGroups(groups, added);
    setGroups(next.groups);
    setTwice({ duplicates: next.duplicates, sameLabel: next.sameLabel });
  };

  const [link, setLink] = useState('');
  const [links, setLinks] = useState(0);

  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    // readCaseFile never rejects: one unreadable file cannot drop the batch.
    const read = await Promise.all(
      files.map(async (file) => ({ name: file.name, result: await readCaseFile(content, file) })),
    );
    const added: Group[] = [];
    const errors: string[] = [];
    for (const { name, result } of read)
      if (result.ok) added.push(named(result.data, result.group, name));
      else errors.push(t(`workshop.import.errors.${result.error}`, { name }));
    add(added);
    setRefused(errors);
    // The same file can be chosen again after it is removed.
    input.value = '';
  };

  /** A group's share link, pasted or read by the camera. Anything else is refused with its own
   *  message and changes nothing. */
  const readLink = (text: string) => {
    const encoded = caseParam(text);
    const result = encoded === null ? null : decodeShare(content, encoded);
    if (result?.ok) {
      const label = groupIn(content, text);
      add([named(result.data, label, `${t('workshop.table.link')} ${links + 1}`)]);
      if (!label) setLinks((n) => n + 1);
      setRefused([]);
      return true;
    }
    setRefused([
      t(`workshop.import.errors.${result ? result.error : 'no-case'}`, { name: text.trim() }),
    ]);
    return false;
  };

  const onLink = (e: FormEvent) => {
    e.preventDefault();
    if (!link.trim()) return;
    if (readLink(link)) setLink('');
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
      <TextField
        id={`${ids}-files`}
        className="no-print"
        label={t('workshop.import.files')}
        hint={t('workshop.import.filesHint')}
      >
        {(wiring) => (
          <input
            {...wiring}
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => void onFiles(e)}
          />
        )}
      </TextField>
      <CameraReader onCode={readLink} />
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
      {(twice.duplicates.length > 0 || twice.sameLabel.length > 0) && (
        <div className="notice" role="status">
          {twice.duplicates.length > 0 && (
            <p>{t('workshop.import.duplicates', { names: twice.duplicates.join(', ') })}</p>
          )}
          {twice.sameLabel.length > 0 && (
            <p>{t('workshop.import.sameLabel', { names: twice.sameLabel.join(', ') })}</p>
          )}
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
                {g.label}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setGroups((all) => all.filter((_, j) => j !== i))}
                >
                  {t('workshop.import.remove')}
                  <span className="visually-hidden"> ({g.label})</span>
                </button>
              </li>
            ))}
          </ol>
          <Button
            className="no-print"
            onClick={() => {
              setGroups([]);
              setRefused([]);
              setTwice({ duplicates: [], sameLabel: [] });
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
