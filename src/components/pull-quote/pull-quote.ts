import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataElement } from '../../base/data-element.js';
import { withTokens } from '../../styles/tokens.js';
import { SHORT_UNIT_LIST, listFormat } from '../../time/intl.js';
import { styles } from './pull-quote.styles.js';

const LAYOUTS = ['inline', 'aside', 'hero'] as const;
/** Quote marks around the whole text: the element draws the reader's own (CSS `quotes`). */
const MARKS = /^\s*["“”„«»](.*)["“”„«»]\s*$/s;
/** Dashes and commas left around a name taken from "— David Leitch, director". */
const clean = (s = '') => s.replace(/^[\s,—–-]+|[\s,]+$/g, '').replace(/\s+/g, ' ') || undefined;

/**
 * A quotation set apart from the article: `<figure>`, `<blockquote cite>` and a
 * `<figcaption>` naming who said it. Quote marks follow the reader's language; the
 * layout follows the text direction. It sits on the page's background, unless `theme`
 * forces a scheme: then it paints its own surface.
 *
 * @summary Pull quote with attribution, as inline, aside or hero.
 * @slot - Fallback shown before upgrade and without JS: a `<blockquote>` (with `<p>`s, a `cite` URL and a `<footer>`, `<figcaption>` or — as WordPress core/quote writes — a `<cite>` naming the speaker, in a `<cite>` or before a comma), which is also read as input.
 * @csspart base - The `<figure>`.
 * @csspart quote - The `<blockquote>`.
 * @csspart caption - The `<figcaption>`.
 * @csspart speaker - Who said it.
 * @csspart role - The speaker's role.
 * @csspart about - The film it is about (a `<cite>`).
 * @cssprop --reelkit-pull-quote-size - Quote text size (1.375rem; hero 2.25rem).
 * @cssprop --reelkit-pull-quote-font - Quote font (the heading font).
 * @cssprop --reelkit-pull-quote-rule - Line beside the quote (4px solid accent; none for hero).
 * @cssprop --reelkit-accent - Colour of the line beside the quote.
 * @cssprop --reelkit-heading-font - Quote font when `--reelkit-pull-quote-font` is not set.
 * @tag pull-quote
 */
export class PullQuote extends DataElement<'quote'> {
  static override styles = withTokens(styles);

  static override attributeFields = {
    text: 'text',
    speaker: 'speaker',
    speakerRole: 'speakerRole',
    cite: 'url',
    about: 'about',
  };

  protected readonly recordType = 'quote' as const;

  /** The quotation. A blank line or newline starts a new paragraph. */
  @property() text?: string;

  /** Who said it. */
  @property() speaker?: string;

  /** The speaker's role: "Director". */
  @property({ attribute: 'speaker-role' }) speakerRole?: string;

  /** URL of the quote's source; becomes `<blockquote cite>`. */
  @property() cite?: string;

  /** Name of the film the quote is about. */
  @property() about?: string;

  /** inline (in the text column), aside (floated to the end side) or hero (large, centred). */
  @property({ reflect: true }) layout: (typeof LAYOUTS)[number] = 'inline';

  static override lightDomKeys = ['text', 'speaker', 'speakerRole', 'url'];

  /**
   * The CMS's own `<blockquote>`: its `<p>`s (or its text) and `cite`; the speaker from a
   * `<cite>` in its `<footer>`/`<figcaption>`, else the caption up to the first comma, the
   * rest being the role.
   */
  protected override lightDomInput(): Record<string, unknown> | undefined {
    const q = this.querySelector('blockquote');
    if (!q) return undefined;
    // WordPress core/quote and core/pullquote put the <cite> straight inside the blockquote.
    const cap = this.querySelector('figcaption') ?? q.querySelector('footer') ?? q.querySelector(':scope > cite');
    const by = cap?.textContent ?? '';
    const name = cap?.querySelector('cite')?.textContent ?? '';
    const at = name ? by.indexOf(name) + name.length : by.indexOf(',');
    const paras = [...q.querySelectorAll('p')].filter((p) => !cap?.contains(p)).map((p) => clean(p.textContent!));
    return {
      text: (paras.length ? paras.join('\n') : clean(q.textContent!.replace(by, ''))) || undefined,
      speaker: clean(name || (at < 0 ? by : by.slice(0, at))),
      speakerRole: clean(at < 0 ? '' : by.slice(at + (name ? 0 : 1))),
      url: q.getAttribute('cite') ?? undefined,
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The styles select on the reflected attribute; an unknown value matches none of the
    // aside/hero rules, so it is laid out inline without writing back into the property.
    if (changed.has('layout')) this.choice('layout', this.layout, LAYOUTS, 'inline');
  }

  override render() {
    const q = this.model;
    if (!q) return html`<slot></slot>`;
    const by = (
      [
        ['speaker', q.speaker],
        ['role', q.speakerRole],
        ['about', q.about],
      ] as const
    ).filter((f) => f[1]);
    let i = 0;
    return html`<figure part="base" class=${q.text.length > 200 ? 'long' : nothing}>
      <blockquote part="quote" cite=${q.url ?? nothing}>
        ${q.text
          .replace(MARKS, '$1')
          .split(/\s*\n\s*/)
          .filter(Boolean)
          .map((p) => html`<p>${p}</p>`)}
      </blockquote>
      ${
        by.length
          ? html`<figcaption part="caption">
              ${listFormat(this.locale, SHORT_UNIT_LIST)
                .formatToParts(by.map((f) => f[1]!))
                .map((p) => {
                  if (p.type === 'literal') return p.value;
                  const part = by[i++]![0];
                  return part === 'about'
                    ? html`<cite part="about">${p.value}</cite>`
                    : html`<span part=${part}>${p.value}</span>`;
                })}
            </figcaption>`
          : nothing
      }
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pull-quote': PullQuote;
  }
}
