import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { cmsSnippet, SCRIPT_TAG } from '../stories/support.js';
import '../src/index.js';
import * as elements from '../src/elements.js';
import { PACKS, isRtl } from '../src/i18n/registry.js';

// Every language pack up front, as `import 'reelkit/locales/<code>'` does, so the toolbar
// switches at once (the packs are data: src/i18n/locales/<code>.json).
const packFiles = import.meta.glob<Record<string, unknown>>('../src/i18n/locales/*.json', {
  eager: true,
  import: 'default',
});
const registry = ((globalThis as unknown as Record<symbol, Record<string, unknown>>)[
  Symbol.for('reelkit.translations')
] ??= {});
for (const [file, words] of Object.entries(packFiles)) registry[file.replace(/^.*\/|\.json$/g, '')] = words;

/** The toolbar's languages: English and every pack, each named in its own language by Intl. */
const LANGUAGES = ['en', ...PACKS].map((code) => ({
  value: code,
  title: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code,
  right: code,
}));

interface Member {
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * Keeps the docs tables to the public API (no static, private or protected members).
 * Tag names come from each element's `@tag` JSDoc; a class registered by defineAll
 * without one still gets its tag here, since Storybook finds docs by tagName.
 */
function withTagNames(source: Manifest): Manifest {
  const tags = new Map<string, string>();
  for (const [name, ctor] of Object.entries(elements)) {
    const tag = name.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();
    if (typeof ctor === 'function' && customElements.get(tag) === ctor) tags.set(name, tag);
  }
  const copy = structuredClone(source);
  for (const mod of copy.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      const tag = d.name ? tags.get(d.name) : undefined;
      if (d.kind !== 'class' || !tag) continue;
      d.tagName ??= tag;
      d.customElement = true;
      d.members = d.members?.filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
    }
  }
  return copy;
}

setCustomElementsManifest(withTagNames(manifest as Manifest));

type Theme = 'auto' | 'light' | 'dark';

// The theme attribute each element had before the toolbar forced one, so "auto"
// hands the story's own value back (Lit keeps the DOM between re-renders).
const original = new WeakMap<Element, string | null>();

/** Every reelkit element under `root`: its class has a reactive `theme` property. */
function themed(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => {
    const ctor = customElements.get(el.localName) as { elementProperties?: Map<PropertyKey, unknown> } | undefined;
    return ctor?.elementProperties?.has('theme') ?? false;
  });
}

function applyTheme(root: Element, theme: Theme): void {
  for (const el of themed(root)) {
    if (theme === 'auto') {
      if (!original.has(el)) continue;
      const value = original.get(el);
      if (value === null || value === undefined) el.removeAttribute('theme');
      else el.setAttribute('theme', value);
      original.delete(el);
    } else {
      if (!original.has(el)) original.set(el, el.getAttribute('theme'));
      el.setAttribute('theme', theme);
    }
  }
}

const observers = new WeakMap<Element, MutationObserver>();

/** Wraps every story in lang/dir and forces the toolbar theme on each element inside. */
const withThemeAndLocale: Decorator = (story, { globals, viewMode }) => {
  const theme = (globals.theme ?? 'auto') as Theme;
  const locale = String(globals.locale ?? 'en');
  const scheme = theme === 'auto' ? 'light dark' : theme;
  // The canvas (not the docs page, which has its own theme) follows the story's scheme.
  document.documentElement.style.colorScheme = viewMode === 'story' ? scheme : '';
  const track = (el?: Element) => {
    if (!el) return;
    // Children commit after the wrapper, and stories may add elements later.
    queueMicrotask(() => applyTheme(el, theme));
    observers.get(el)?.disconnect();
    const observer = new MutationObserver(() => applyTheme(el, theme));
    observer.observe(el, { childList: true, subtree: true });
    observers.set(el, observer);
  };
  return html`<div
    class="reelkit-story"
    lang=${locale}
    dir=${isRtl(locale) ? 'rtl' : 'ltr'}
    style="color-scheme: ${scheme}"
    ${ref(track)}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Colour scheme forced on every reelkit element (theme attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'Auto (system)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
    locale: {
      description: 'Language of the story (lang, and dir for right-to-left languages)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: LANGUAGES,
      },
    },
  },
  initialGlobals: { theme: 'auto', locale: 'en' },
  parameters: {
    controls: { expanded: true },
    docs: {
      toc: true,
      source: {
        language: 'html',
        // Stories give the exact CMS snippet as docs.source.code (snippetParameters);
        // one that does not still shows its markup with the script tag around it.
        transform: (code: string) => (code.includes(SCRIPT_TAG) ? code : cmsSnippet(code)),
      },
    },
  },
};

export default preview;
