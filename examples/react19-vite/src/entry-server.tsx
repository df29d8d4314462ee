// The server: plain react-dom/server. The tags and their attributes come out as HTML; the
// `data` object and the listener are set when the client hydrates and the elements upgrade.
import { renderToString } from 'react-dom/server';
import { App } from './App';

export const render = (): string => renderToString(<App />);
