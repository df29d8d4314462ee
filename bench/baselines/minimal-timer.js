// <vanilla-minimal-timer date="2026-12-30T05:05:06Z">: the minimal second-precision
// countdown of issue 19 as a plain hand-written element: a shadow root with one
// role="timer" span whose text node shows "30 days, 4 hours, 5 minutes, 6 seconds".
//
// What a plain one is: every element on the page shares ONE setInterval(1000), started
// by the first connected element and stopped when the last one disconnects (a per-element
// interval is the naive version; one shared interval is what a careful developer writes
// once there can be hundreds, and what @github/relative-time-element and reelkit do too).
// Each tick writes a text node only when its text changed. No visibility or
// intersection handling: that is the extra reelkit is expected to earn its cost with.
/* global setInterval, clearInterval -- the point of this baseline */
import { base, durationText, h, sheet } from './dom.js';

const styles = sheet(`
span { font-variant-numeric: tabular-nums; font-weight: 700; }
`);

const live = new Set();
let timer;
const tickAll = () => {
  const now = Date.now();
  for (const el of live) el.tick(now);
};

export class VanillaMinimalTimer extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [base, styles];
      this.text = document.createTextNode('');
      root.append(h('span', { role: 'timer' }, this.text));
    }
    this.target = Date.parse(this.getAttribute('date') ?? '');
    if (Number.isNaN(this.target)) return;
    this.tick(Date.now());
    live.add(this);
    timer ??= setInterval(tickAll, 1000);
  }

  disconnectedCallback() {
    live.delete(this);
    if (!live.size) timer = clearInterval(timer);
  }

  tick(now) {
    const text = durationText(this.target - now);
    if (this.text.data !== text) this.text.data = text;
  }
}
customElements.define('vanilla-minimal-timer', VanillaMinimalTimer);
