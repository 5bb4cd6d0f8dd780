// Messages about the case itself (opened from a link, imported, expired, not kept, changed in
// another tab…), shown above the step's heading. Refusals are alerts; the rest are polite status
// messages. Where the worker has a choice (another case kept in this browser, a newer version
// from another tab), its buttons come with the message: nothing is swapped in silently.
import { useTranslation } from 'react-i18next';
import type { ShownNotice } from './useCaseSession';

export function noticeKey(notice: ShownNotice['notice']): string {
  return notice.kind === 'share-error'
    ? `case.shareError.${notice.error}`
    : `case.notice.${notice.kind}`;
}

export function CaseNotices({ notices }: { notices: ShownNotice[] }) {
  const { t } = useTranslation('ui');
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map(({ notice, actions }) => {
        const error = notice.kind === 'share-error';
        return (
          <div
            key={noticeKey(notice)}
            className={error ? 'notice notice--error' : 'notice'}
            role={error ? 'alert' : 'status'}
          >
            <p>{t(noticeKey(notice))}</p>
            {actions && actions.length > 0 && (
              <p className="notice-actions">
                {actions.map((action) => (
                  <button
                    key={action.label}
                    type="button"
                    className="button button--secondary"
                    onClick={action.run}
                  >
                    {t(`case.action.${action.label}`)}
                  </button>
                ))}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
