import { html } from 'lit';
import { DataElement } from '../../base/data-element.js';
import { tokens } from '../../styles/tokens.js';

/**
 * Placeholder until the element lands: shows its light-DOM fallback.
 *
 * @slot - Fallback content shown before the element upgrades and without JS.
 */
export class ReleaseCountdown extends DataElement<'release'> {
  static override styles = [tokens];
  protected readonly recordType = 'release' as const;

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'release-countdown': ReleaseCountdown;
  }
}
