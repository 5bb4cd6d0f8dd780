// Registers the service worker and offers a new version when one is waiting. The new version
// never replaces the running app by itself (registerType 'prompt'): a worker in the middle of
// a case keeps the version they started with until they choose to reload, or until the next
// visit. Loaded from main.tsx only, so component tests never meet the virtual module.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateNotice } from './UpdateNotice';

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // No service worker (file:// share, old browser, private mode): the app simply stays online-only.
    onRegisterError: () => undefined,
  });
  return (
    <UpdateNotice
      needRefresh={needRefresh}
      onReload={() => void updateServiceWorker(true)}
      onLater={() => setNeedRefresh(false)}
    />
  );
}
