import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/base.css';
import './styles/forms.css';
import './styles/start.css';
import './styles/shell.css';
import './styles/goals.css';
import './styles/overview.css';
import './styles/help.css';
// Last, so that what it hides on paper stays hidden whatever a page's own styles say.
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('Fant ikke #root i index.html.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
