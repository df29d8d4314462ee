// The client: registers the elements, then hydrates the server-rendered markup.
import 'reelkit';
import { hydrateRoot, createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root')!;
if (root.firstElementChild) hydrateRoot(root, <App />);
else createRoot(root).render(<App />);
