import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import content from 'virtual:discerne-content';
import { setupI18n } from './i18n';
import { App } from './ui/App';
import { startBoot } from './ui/case/startBoot';
import { UpdatePrompt } from './ui/UpdatePrompt';
import './ui/styles.css';

// The texts and the case to open with (saved case, share link) are fetched side by side.
void Promise.all([setupI18n(), startBoot(content, window.location)]).then(([i18n, boot]) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App content={content} boot={boot} />
        <UpdatePrompt />
      </I18nextProvider>
    </StrictMode>,
  );
});
