import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import content from 'virtual:discerne-content';
import { setupI18n } from './i18n';
import { App } from './ui/App';
import { UpdatePrompt } from './ui/UpdatePrompt';
import './ui/styles.css';

void setupI18n().then((i18n) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App content={content} />
        <UpdatePrompt />
      </I18nextProvider>
    </StrictMode>,
  );
});
