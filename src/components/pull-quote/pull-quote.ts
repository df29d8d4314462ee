import { html } from 'lit';
import { DataElement } from '../../base/data-element.js';
import { tokens } from '../../styles/tokens.js';

/**
 * Placeholder until the element lands: shows its light-DOM fallback.
 *
 * @slot - Fallback content shown before the element upgrades and without JS.
 */
export class PullQuote extends DataElement<'quote'> {
  static override styles = [tokens];
  protected readonly recordType = 'quote' as const;

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pull-quote': PullQuote;
  }
}
