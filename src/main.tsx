import { createRoot, hydrateRoot } from 'react-dom/client';
import { setupI18n } from './i18n';
import { startBoot } from './ui/case/startBoot';
import { takeEarlyClick } from './ui/earlyClick';
import { pageFromHash } from './ui/host/routes';
import { loadApp } from './ui/loadApp';
import { canHydrate } from './ui/prerendered';
import { Root } from './ui/Root';
import { FRESH_BOOT } from './ui/case/startBoot';
import { UpdatePrompt } from './ui/UpdatePrompt';
import './ui/styles.css';

const container = document.getElementById('root')!;

// The texts and the case to open with (saved case, share link) are fetched side by side.
void Promise.all([setupI18n(), startBoot(window.location, window.history)]).then(
  async ([i18n, boot]) => {
    // A fresh visit to the start page needs neither the wizard nor the decision content: the
    // start frame shows at once and fetches them in the background. Anything else (a case to
    // open or offer, a page of the hash) needs the app before its first render (ADR 0022).
    const startFrame = boot === FRESH_BOOT && pageFromHash(window.location.hash) === null;
    const loaded = startFrame ? null : await loadApp();
    // A click made on the pre-rendered page so far is made again once the app works (ADR 0011).
    const replayEarlyClick = takeEarlyClick(container);
    // The pre-rendered start page is marked busy until the app has taken it over.
    const ready = () => {
      container.removeAttribute('aria-busy');
      replayEarlyClick();
    };
    const app = (
      <Root i18n={i18n} boot={boot} loaded={loaded} updates={<UpdatePrompt />} onReady={ready} />
    );
    // The same start page in the same language keeps its DOM; anything else replaces it.
    if (canHydrate(container, i18n.language, boot, window.location)) hydrateRoot(container, app);
    else createRoot(container).render(app);
  },
);
