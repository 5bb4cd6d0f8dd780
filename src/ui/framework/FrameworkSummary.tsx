// A framework shown read-only: the one deployed with the app ("the framework of <service>"),
// which a worker must not change by accident.
import { useTranslation } from 'react-i18next';
import { key } from '../../domain/content/keys';
import type { Framework } from '../../domain/framework/model';
import { useContent } from '../ContentContext';
import { formatDate } from '../dateFormat';

export function FrameworkSummary({ framework }: { framework: Framework }) {
  const { t, i18n } = useTranslation(['framework', 'content']);
  const content = useContent();
  const value = (v: string) => t(`value.${v}`);
  const item = (label: string, v: string) => t('summary.item', { label, value: v });
  const situations = content.situations.situations.filter((s) =>
    framework.rules.some((r) => r.situation === s.id),
  );
  return (
    <div className="framework-summary">
      <p>{t('adopted', { date: formatDate(framework.adoptedOn, i18n.language) })}</p>
      <dl>
        <div>
          <dt>{t('summary.service')}</dt>
          <dd>{framework.service}</dd>
        </div>
        <div>
          <dt>{t('summary.country')}</dt>
          <dd>{t(key.jurisdictionName(framework.country), { ns: 'content' })}</dd>
        </div>
        <div>
          <dt>{t('summary.rules')}</dt>
          <dd>
            {situations.length === 0 ? (
              t('summary.noRules')
            ) : (
              <ul>
                {situations.map((s) => {
                  const rule = framework.rules.find((r) => r.situation === s.id)!;
                  return (
                    <li key={s.id}>
                      {item(t(key.situationTitle(s.id), { ns: 'content' }), value(rule.position))}
                      {rule.reference && ` (${rule.reference})`}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('summary.equipment')}</dt>
          <dd>
            <ul>
              <li>{item(t('summary.devices'), value(framework.equipment.devices))}</li>
              <li>{item(t('summary.sharedMailbox'), value(framework.equipment.sharedMailbox))}</li>
              <li>
                {item(t('summary.personalDevices'), value(framework.equipment.personalDevices))}
              </li>
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('summary.approvals')}</dt>
          <dd>
            <ul>
              <li>
                {item(t('summary.aidantsConnect'), value(framework.approvals.aidantsConnect))}
              </li>
              <li>
                {item(
                  t('summary.citizenMandates'),
                  framework.approvals.citizenMandates === 'not-set'
                    ? value('not-set')
                    : t(`mandates.${framework.approvals.citizenMandates}`),
                )}
              </li>
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('summary.dpo')}</dt>
          <dd>
            {framework.dpo === '' ? (
              t('summary.none')
            ) : framework.dpo.startsWith('https://') ? (
              <a href={framework.dpo} rel="noopener noreferrer">
                {framework.dpo}
              </a>
            ) : (
              <a href={`mailto:${framework.dpo}`}>{framework.dpo}</a>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('summary.partners')}</dt>
          <dd>
            {framework.partners.length === 0 ? (
              t('summary.none')
            ) : (
              <ul>
                {framework.partners.map((p, i) => (
                  <li key={i}>
                    <a href={p.url} rel="noopener noreferrer">
                      {p.name}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
