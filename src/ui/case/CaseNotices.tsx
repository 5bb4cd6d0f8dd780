// Messages about the case itself (opened from a link, imported, expired, not kept…), shown
// above the step's heading. Refusals are alerts; the rest are polite status messages.
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
      {notices.map(({ notice }) => {
        const error = notice.kind === 'share-error';
        return (
          <div
            key={noticeKey(notice)}
            className={error ? 'notice notice--error' : 'notice'}
            role={error ? 'alert' : 'status'}
          >
            <p>{t(noticeKey(notice))}</p>
          </div>
        );
      })}
    </>
  );
}
