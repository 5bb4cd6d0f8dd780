// "The framework of my service" (#/framework, ADR 0019): the framework deployed with the app,
// shown read-only, or the one recorded on this device — written here, exported as a file for
// the team, imported from one. A refused file changes nothing and says why.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emptyFramework,
  frameworkFileName,
  serializeFramework,
  type Framework,
} from '../../domain/framework/model';
import {
  deviceStore,
  forgetDeviceFramework,
  loadDeviceFramework,
  saveDeviceFramework,
  type DeviceFramework,
} from '../../domain/framework/storage';
import { downloadText } from '../../print/download';
import { useContent } from '../ContentContext';
import { useScreenHeading } from '../host/arrival';
import type { ScreenProps } from '../host/screens';
import { today } from './dates';
import { fetchDeployedFramework, type DeployedFramework } from './deployed';
import { FrameworkForm } from './FrameworkForm';
import { FrameworkSummary } from './FrameworkSummary';
import { ImportFramework } from './ImportFramework';
import './framework.css';

// The app's one download helper; a framework file is JSON.
const download = (text: string, name: string) => downloadText(text, name, 'application/json');

type Status = 'saved' | 'notSaved' | 'imported' | 'forgotten' | null;

export default function FrameworkPage(_: ScreenProps) {
  const { t } = useTranslation(['framework', 'ui']);
  const content = useContent();
  const ids = useId();
  const heading = useScreenHeading(t('title'));
  const [device, setDevice] = useState<DeviceFramework>(() =>
    loadDeviceFramework(deviceStore(), content),
  );
  const [deployed, setDeployed] = useState<DeployedFramework | null>(null);
  const [status, setStatus] = useState<Status>(null);
  // Bumped when the form must start again from what is saved (an import, a forget).
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    let live = true;
    void fetchDeployedFramework(content).then((d) => live && setDeployed(d));
    return () => {
      live = false;
    };
  }, [content]);

  const store = (framework: Framework, done: Status) => {
    const ok = saveDeviceFramework(deviceStore(), framework);
    setDevice({ status: 'found', framework });
    setStatus(ok ? done : 'notSaved');
  };
  const saved = device.status === 'found' ? device.framework : null;
  const refusedWhy = (error: string) => t(`refused.${error}`);

  return (
    <div className="framework-page" aria-busy={deployed === null || undefined}>
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('hierarchy')}</p>
      <p className="hint">{t('privacy')}</p>
      <p role="status" className="framework-status">
        {status && t(`status.${status}`)}
      </p>

      {deployed?.status === 'refused' && (
        <div className="framework-notice" role="alert">
          <p>{t('deployed.refused', { why: refusedWhy(deployed.error) })}</p>
          <p>{t('import.details')}</p>
          <ul className="framework-problems">
            {deployed.problems.slice(0, 8).map((p, i) => (
              <li key={i}>
                <code>
                  framework.json: {p.path}: {p.message}
                </code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {deployed?.status === 'unreachable' && (
        <p className="framework-notice">{t('deployed.unreachable')}</p>
      )}

      {deployed?.status === 'found' ? (
        <section aria-labelledby={`${ids}-deployed`}>
          <h2 id={`${ids}-deployed`}>
            {t('deployed.heading', { service: deployed.framework.service })}
          </h2>
          <p>{t('deployed.note')}</p>
          <FrameworkSummary framework={deployed.framework} />
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                download(
                  serializeFramework(deployed.framework),
                  frameworkFileName(deployed.framework),
                )
              }
            >
              {t('form.export')}
            </button>
          </div>
        </section>
      ) : (
        deployed !== null && (
          <>
            <section aria-labelledby={`${ids}-device`}>
              <h2 id={`${ids}-device`}>{t('device.heading')}</h2>
              {device.status === 'none' && <p>{t('device.none')}</p>}
              {device.status === 'unavailable' && <p>{t('device.unavailable')}</p>}
              {device.status === 'refused' && (
                <p className="framework-notice">
                  {t('device.refused', { why: refusedWhy(device.error) })}
                </p>
              )}
              {saved && (
                <>
                  <FrameworkSummary framework={saved} />
                  <div className="actions">
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => download(serializeFramework(saved), frameworkFileName(saved))}
                    >
                      {t('form.export')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        forgetDeviceFramework(deviceStore());
                        setDevice({ status: 'none' });
                        setFormKey((k) => k + 1);
                        setStatus('forgotten');
                      }}
                    >
                      {t('form.forget')}
                    </button>
                  </div>
                </>
              )}
              <ImportFramework
                onImport={(framework) => {
                  store(framework, 'imported');
                  setFormKey((k) => k + 1);
                }}
              />
            </section>
            <FrameworkForm
              key={formKey}
              initial={saved ?? emptyFramework(content.jurisdictions.default, today())}
              onSave={(framework) => store(framework, 'saved')}
            />
          </>
        )
      )}
    </div>
  );
}
