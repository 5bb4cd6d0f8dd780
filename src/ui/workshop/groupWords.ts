// A group's label in words ("Groupe B — vert") and as the start of its file's name
// ("discerne-groupe-B-vert"): the same words on the group's phone and on the trainer's projector.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupLabel } from '../../domain/workshop/groupLabel';
import { groupFileStem } from '../../domain/workshop/workshopLink';

export function useGroupWords() {
  const { t } = useTranslation('screens');
  const name = useCallback(
    (label: GroupLabel) =>
      t('workshop.groupLabel.name', {
        letter: label.letter,
        colour: t(`workshop.groupLabel.colours.${label.colour}`),
      }),
    [t],
  );
  const fileStem = useCallback(
    (label: GroupLabel) =>
      groupFileStem(
        t('workshop.send.fileName', {
          letter: label.letter,
          colour: t(`workshop.groupLabel.colours.${label.colour}`),
        }),
      ),
    [t],
  );
  return { name, fileStem };
}
