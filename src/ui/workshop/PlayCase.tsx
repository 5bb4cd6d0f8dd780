// A case study's link and its QR code, large enough to be read from the back of a room: each
// group opens the wizard on its phone with the case's situation and country already set.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopCase } from '../../domain/content/types';
import { playUrl } from '../../domain/workshop/workshopLink';
import { QrCode } from '../../print/QrCode';
import { useContent } from '../ContentContext';

export function PlayCase({ study, size }: { study: WorkshopCase; size: 'projector' | 'sheet' }) {
  const content = useContent();
  const { t } = useTranslation(['screens', 'workshop']);
  const ids = useId();
  const link = playUrl(content, study, window.location);
  return (
    <section className={`play-case play-case--${size}`} aria-labelledby={`${ids}-play`}>
      <h2 id={`${ids}-play`}>{t('workshop.play.title')}</h2>
      <p>{t('workshop.play.intro')}</p>
      <QrCode text={link} label={t('workshop.play.qr')} />
      <p className="play-case-link">
        <a href={link}>{link}</a>
      </p>
    </section>
  );
}
