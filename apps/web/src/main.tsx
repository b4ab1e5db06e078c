import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, cspNonce } from './app/App';
import { nonceCreatedStyles } from './app/style-nonce';
import './app/app.css';

nonceCreatedStyles(cspNonce());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
