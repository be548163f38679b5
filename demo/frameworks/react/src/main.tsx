import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../shared/example.css';
import { App } from './App';

// StrictMode mounts every effect twice in development: the editor must neither leak nor license twice.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
