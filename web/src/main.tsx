import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { loadConfig } from './lib/config';
import { App } from './App';
import './styles.css';

const i18n = initI18n();
const root = createRoot(document.getElementById('root')!);
loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <main className="config-error" role="alert">
        <h1>Hamkori</h1>
        <p>{i18n.t('app.configError')}</p>
        <pre>{String(error)}</pre>
      </main>,
    ),
);
