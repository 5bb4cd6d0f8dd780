import { createRoot, hydrateRoot } from 'react-dom/client';
import content from 'virtual:discerne-content';
import { setupI18n } from './i18n';
import { startBoot } from './ui/case/startBoot';
import { canHydrate } from './ui/prerendered';
import { Root } from './ui/Root';
import { UpdatePrompt } from './ui/UpdatePrompt';
import './ui/styles.css';

const container = document.getElementById('root')!;
// The pre-rendered start page is marked busy until the app has taken it over (ADR 0011).
const ready = () => container.removeAttribute('aria-busy');

// The texts and the case to open with (saved case, share link) are fetched side by side.
void Promise.all([setupI18n(), startBoot(content, window.location)]).then(([i18n, boot]) => {
  const app = (
    <Root i18n={i18n} content={content} boot={boot} updates={<UpdatePrompt />} onReady={ready} />
  );
  // The same start page in the same language keeps its DOM; anything else replaces it.
  if (canHydrate(container, i18n.language, boot, window.location)) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
