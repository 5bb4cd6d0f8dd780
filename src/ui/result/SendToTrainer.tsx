// "Send to the trainer", on the result page of a case played in a live workshop (ADR 0021): the
// group picks its label — a letter and a colour from the content's lists, never a name — and
// shows the trainer a QR code of its share link with the label; without a camera, the group's
// file carries the label and is named with it. Nothing leaves the phone but what the trainer's
// camera reads off its screen.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupLabel } from '../../domain/workshop/groupLabel';
import { sendUrl } from '../../domain/workshop/workshopLink';
import type { CaseData } from '../../domain/wizard/steps';
import { QrCode } from '../../print/QrCode';
import { Button } from '../components/Button';
import { useContent } from '../ContentContext';
import { useGroupWords } from '../workshop/groupWords';

interface Props {
  data: CaseData;
  group: GroupLabel | null;
  onGroup: (group: GroupLabel | null) => void;
  /** Saves the case file, which carries the label (the result's own "save" action). */
  onSave: () => void;
}

export function SendToTrainer({ data, group, onGroup, onSave }: Props) {
  const content = useContent();
  const { t } = useTranslation('screens');
  const { name } = useGroupWords();
  const ids = useId();
  const { letters, colours } = content.workshop.groupLabels;
  // Each choice holds on its own; the label is the group's once both are made.
  const [letter, setLetter] = useState(group?.letter ?? '');
  const [colour, setColour] = useState(group?.colour ?? '');
  const choose = (next: { letter: string; colour: string }) => {
    setLetter(next.letter);
    setColour(next.colour);
    onGroup(next.letter && next.colour ? next : null);
  };
  const link =
    group && data.situation !== null ? sendUrl(content, data, group, window.location) : null;

  return (
    <section className="send-to-trainer no-print" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('workshop.send.title')}</h2>
      <p>{t('workshop.send.intro')}</p>
      <fieldset className="send-group">
        <legend>{t('workshop.send.group')}</legend>
        <div className="field">
          <label htmlFor={`${ids}-letter`}>{t('workshop.send.letter')}</label>
          <select
            id={`${ids}-letter`}
            value={letter}
            onChange={(e) => choose({ letter: e.target.value, colour })}
          >
            <option value="">{t('workshop.send.choose')}</option>
            {letters.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-colour`}>{t('workshop.send.colour')}</label>
          <select
            id={`${ids}-colour`}
            value={colour}
            onChange={(e) => choose({ letter, colour: e.target.value })}
          >
            <option value="">{t('workshop.send.choose')}</option>
            {colours.map((c) => (
              <option key={c} value={c}>
                {t(`workshop.groupLabel.colours.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {group && link ? (
        <div className="send-code">
          <p className="send-name">{t('workshop.send.show', { group: name(group) })}</p>
          <QrCode text={link} label={t('workshop.send.qr', { group: name(group) })} />
          <p>{t('workshop.send.file')}</p>
          <Button onClick={onSave}>{t('workshop.send.save')}</Button>
        </div>
      ) : (
        <p className="hint">{t('workshop.send.pick')}</p>
      )}
    </section>
  );
}
