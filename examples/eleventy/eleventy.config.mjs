// The reference article, server-rendered at build time by Eleventy with Lit's own plugin.
// reelkit/ssr is the component module: it defines every reelkit element for the server
// renderer (and lets <film-data> hand its article to the widgets inside it), so each
// element in the built HTML arrives with its declarative shadow root. The page then loads
// reelkit-hydrate.js, which keeps that markup and wires it up.
import { fileURLToPath } from 'node:url';
import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (config) {
  config.addPlugin(litPlugin, {
    mode: 'worker',
    componentModules: [fileURLToPath(import.meta.resolve('reelkit/ssr'))],
  });
  // reelkit's files next to the site, as a CMS would serve them (or use a CDN).
  const dist = fileURLToPath(new URL('.', import.meta.resolve('reelkit/package.json'))) + 'dist';
  config.addPassthroughCopy({ [dist]: 'reelkit' });
  return { dir: { input: 'src', output: 'dist' } };
}
