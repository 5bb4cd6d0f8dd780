import { createRoot, hydrateRoot } from 'react-dom/client';
import content from 'virtual:discerne-content';
import { setupI18n } from './i18n';
import { startBoot } from './ui/case/startBoot';
import { takeEarlyClick } from './ui/earlyClick';
import { canHydrate } from './ui/prerendered';
import { Root } from './ui/Root';
import { UpdatePrompt } from './ui/UpdatePrompt';
import './ui/styles.css';

const container = document.getElementById('root')!;

// The texts and the case to open with (saved case, share link) are fetched side by side.
void Promise.all([setupI18n(), startBoot(content, window.location, window.history)]).then(
  ([i18n, boot]) => {
    // A click made on the pre-rendered page so far is made again once the app works (ADR 0011).
    const replayEarlyClick = takeEarlyClick(container);
    // The pre-rendered start page is marked busy until the app has taken it over.
    const ready = () => {
      container.removeAttribute('aria-busy');
      replayEarlyClick();
    };
    const app = (
      <Root i18n={i18n} content={content} boot={boot} updates={<UpdatePrompt />} onReady={ready} />
    );
    // The same start page in the same language keeps its DOM; anything else replaces it.
    if (canHydrate(container, i18n.language, boot, window.location)) hydrateRoot(container, app);
    else createRoot(container).render(app);
  },
);
