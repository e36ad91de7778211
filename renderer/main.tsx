/** Renderer entry: i18n from the host's OS language, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n, languageFor } from './app/i18n';
import { useApp } from './app/store';
import { host } from './host';
import './app/app.css';

const language = languageFor(host().systemLocale());
useApp.setState({ language });
initI18n(language);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
