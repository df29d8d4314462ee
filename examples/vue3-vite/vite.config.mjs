import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import manifest from 'reelkit/custom-elements.json' with { type: 'json' };

// Vue must leave reelkit's tags to the browser: every tag the package's manifest lists.
const tags = new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.tagName ?? []));

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.has(tag) } } })],
});
