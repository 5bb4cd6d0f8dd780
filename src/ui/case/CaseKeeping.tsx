// "This is a shared computer" (ADR 0016): where the case is kept, said truthfully, with the
// worker's choice. Ticked by default — nothing stays for the next person unless the worker says
// the computer is theirs alone. The choice is remembered by this browser (not case data).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browserStore } from '../../domain/case/savedCase.write';
import { keepsOnDevice, setKeepsOnDevice } from './keeping';

export function CaseKeeping() {
  const { t } = useTranslation('ui');
  const id = useId();
  const [device] = useState(() => browserStore('local'));
  const [shared, setShared] = useState(() => !keepsOnDevice(device));
  return (
    <div className="case-tool case-keeping">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={shared}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            setShared(next);
            setKeepsOnDevice(device, !next);
          }}
        />
        <label htmlFor={id}>{t('case.keeping.shared')}</label>
      </div>
      <p className="hint" id={`${id}-hint`} aria-live="polite">
        {shared ? t('case.keeping.sharedHint') : t('case.keeping.ownHint')}
      </p>
    </div>
  );
}
