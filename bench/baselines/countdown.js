// <vanilla-countdown data='{"kind":"physical","label":"Blu-ray","date":"…"}'>: the
// classic hand-written countdown with the content <release-countdown precision="second">
// shows ("Blu-ray release in" / "30 days, 4 hours, 5 minutes, 6 seconds" / date and an
// "Add to calendar" link). Each element runs its own setInterval(1000) and, to be a fair
// baseline rather than a straw man, writes its text node only when the text changes.
/* global setInterval, clearInterval -- the point of this baseline */
import { base, durationText, h, readData, sheet } from './dom.js';

const styles = sheet(`
.b { display: flex; flex-direction: column; justify-content: center; gap: calc(var(--reelkit-space, 1rem) / 4);
  min-height: 8.5rem; padding: calc(var(--reelkit-space, 1rem) * 0.75) var(--reelkit-space, 1rem); line-height: 1.4;
  border: 1px solid var(--reelkit-color-border, light-dark(#d9d9de, #3d3d46)); border-radius: var(--reelkit-radius, 8px);
  background: var(--reelkit-color-surface, light-dark(#fff, #1c1c21)); }
.h, .f { font-size: 0.875em; color: var(--reelkit-color-muted, light-dark(#55555f, #b0b0ba)); }
.f { display: flex; flex-wrap: wrap; gap: 0 var(--reelkit-space, 1rem); }
.n { display: block; font-size: 1.5em; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums;
  color: var(--reelkit-accent, light-dark(#a3211a, #ff8f85)); }
a { color: var(--reelkit-accent, light-dark(#a3211a, #ff8f85)); }
`);

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

const ics = (label, at) =>
  `data:text/calendar;charset=utf-8,${encodeURIComponent(
    `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:${new Date(at).toISOString().replace(/[-:]|\.\d+/g, '')}\r\nSUMMARY:${label} release\r\nEND:VEVENT\r\nEND:VCALENDAR`,
  )}`;

export class VanillaCountdown extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) {
      const r = readData(this);
      this.target = r ? Date.parse(r.date) : NaN;
      if (Number.isNaN(this.target)) return;
      const label = r.label ?? 'Release';
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [base, styles];
      this.text = document.createTextNode('');
      root.append(
        h(
          'div',
          { class: 'b' },
          h(
            'div',
            { role: 'timer', 'aria-label': `${label} release` },
            h('span', { class: 'h' }, `${label} release in`),
            h('span', { class: 'n' }, this.text),
          ),
          h(
            'div',
            { class: 'f' },
            h('time', { datetime: r.date }, when.format(this.target)),
            h('a', { href: ics(label, this.target), download: `${label}.ics` }, 'Add to calendar'),
          ),
        ),
      );
    }
    if (!this.text) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), 1000);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
  }

  tick() {
    const text = durationText(this.target - Date.now());
    if (this.text.data !== text) this.text.data = text;
  }
}
customElements.define('vanilla-countdown', VanillaCountdown);
