import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { PACKS } from '../src/i18n/registry.js';
import { atomicBlonde, relatedStories } from '../test/fixtures/atomic-blonde.js';

// For reviewers of a translation: the same card, countdown and related links in English
// and every shipped language, each block marked only with `lang` (no `dir`: right-to-left
// comes from the language). The fixed words come from the packs; numbers, units, dates and
// lists from Intl. Labels the data would give are left out so every fixed word shows.
const card = { ...atomicBlonde, links: atomicBlonde.links.map(({ label: _label, ...link }) => link) };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const release = { kind: 'theatrical', date: inDays(12), timeZone: 'UTC' };
const related = relatedStories.map((story) => ({ ...story, sponsored: story.articleSection === 'Production' }));

const name = (code: string) => new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;

const meta: Meta = {
  title: 'Languages',
  parameters: { layout: 'padded', docs: { source: { code: '<div lang="de">…reelkit elements…</div>' } } },
};
export default meta;

export const AllLanguages: StoryObj = {
  name: 'All languages',
  render: () => html`
    <div style="display: grid; gap: 2rem; max-width: 40rem">
      ${['en', ...PACKS].map(
        (code) => html`
          <section lang=${code} aria-label=${name(code)} style="display: grid; gap: 0.75rem">
            <h2 style="margin: 0; font: 600 1rem system-ui">${name(code)} <code>${code}</code></h2>
            <film-card layout="horizontal" .data=${card} cast-limit="2"></film-card>
            <release-countdown .data=${release} precision="day"></release-countdown>
            <related-links layout="compact" heading-level="3" max="1" .data=${related}></related-links>
          </section>
        `,
      )}
    </div>
  `,
};
