// At most three things to do first (the engine's priorityActions), each with the carnet resource
// that helps do it: a box to tick on paper, a link on screen.
import { useTranslation } from 'react-i18next';
import type { Content } from '../../domain/content/types';
import { key } from '../../domain/content/keys';
import type { PriorityAction } from '../../domain/engine/decisive';
import { Box } from '../../print/Box';

interface Props {
  actions: readonly PriorityAction[];
  content: Content;
  tc: (k: string) => string;
}

export function PriorityActions({ actions, content, tc }: Props) {
  const { t } = useTranslation(['screens', 'carnet']);
  if (actions.length === 0) return null;
  const resourceById = new Map(content.carnet.resources.map((r) => [r.id, r]));
  return (
    <section className="priority" aria-labelledby="priority-title">
      <h2 id="priority-title">{t('result.actionsTitle')}</h2>
      <ol className="checklist priority-list">
        {actions.map((a) => {
          const resource = a.resource ? resourceById.get(a.resource) : undefined;
          return (
            <li key={a.advice}>
              <Box />
              <span>
                {tc(key.advice(a.advice))}
                {resource && (
                  <span className="priority-help">
                    {' '}
                    {t('punctuation.label', { label: t('result.actionHelp') })}{' '}
                    <a href={resource.url} rel="noreferrer noopener" target="_blank">
                      {t(key.resourceTitle(resource.id), { ns: 'carnet' })}
                    </a>
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
