import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appQueryClient } from './app/appQueryClient';
import { sessionQuery } from './app/sessionQuery';

// Who is signed in is asked now, while the page's chunk downloads, not after it has rendered.
void appQueryClient.prefetchQuery(sessionQuery());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
