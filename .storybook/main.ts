import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
// @ts-expect-error -- a plain .mjs build script without declarations
import { tidyTemplatesPlugin } from '../scripts/tidy-templates.mjs';

// Autodocs read custom-elements.json. `npm run build-storybook` runs the analyzer
// first; a bare `storybook dev` on a fresh clone would otherwise fail on the import.
if (!existsSync('custom-elements.json')) execSync('npm run analyze --silent', { stdio: 'inherit' });

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  addons: ['@storybook/addon-docs'],
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // The fixtures point at /demo/img/… so stories and the demo page share one poster.
  staticDirs: [{ from: '../demo/img', to: '/demo/img' }],
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({
    ...vite,
    // Storybook's own docs chunks are large by nature; list only real warnings.
    logLevel: 'warn',
    // The same tidied html`` templates as dist/ (see scripts/tidy-templates.mjs), so the
    // pictures taken of the stories are the pictures of what publishers get.
    plugins: [tidyTemplatesPlugin(), ...(vite.plugins ?? [])],
    build: { ...vite.build, chunkSizeWarningLimit: 2048 },
    // The web-components renderer imports lit/directive-helpers.js, which the dev
    // optimizer would otherwise serve unbundled next to its pre-bundled lit-html:
    // two copies of Lit in `storybook dev` ("Multiple versions of Lit loaded").
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
  // Vite 8 compiles TypeScript with Oxc, which reads tsconfig.json: legacy decorators
  // (experimentalDecorators) and assignment semantics (useDefineForClassFields: false),
  // so Lit's @property accessors are not shadowed by class fields. test-stories.mjs
  // checks this on every element it renders.
};

export default config;
