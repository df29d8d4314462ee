// In-page half of the bench, loaded as a classic <script> in the <head> of every
// generated page, before any element code. Exposes window.bench for run.mjs.
/* global PerformanceObserver, MutationObserver, requestAnimationFrame */
(() => {
  const opts = document.currentScript.dataset;
  let finish;
  const done = new Promise((resolve) => (finish = resolve));

  // Layout shifts from the first paint on (CLS = sum of values without recent input).
  let cls = 0;
  const shifts = [];
  if (opts.cls !== undefined) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        cls += e.value;
        shifts.push({
          value: e.value,
          at: Math.round(e.startTime),
          sources: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }

  // Pending timers, counted by wrapping the timer functions before any element loads:
  // a widget that leaves a setTimeout/setInterval behind after disconnect shows here.
  const pending = new Map();
  const listeners = new Map();
  if (opts.timers !== undefined) {
    const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
    window.setTimeout = function (fn, ms, ...args) {
      const id = st.call(
        window,
        () => {
          pending.delete(id);
          if (typeof fn === 'function') fn(...args);
        },
        ms,
      );
      pending.set(id, 'setTimeout');
      return id;
    };
    window.clearTimeout = (id) => {
      pending.delete(id);
      ct.call(window, id);
    };
    window.setInterval = function (fn, ms, ...args) {
      const id = si.call(window, fn, ms, ...args);
      pending.set(id, 'setInterval');
      return id;
    };
    window.clearInterval = (id) => {
      pending.delete(id);
      ci.call(window, id);
    };
    // Listeners on window/document (e.g. a shared ticker's visibilitychange).
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      const name = target === window ? 'window' : 'document';
      target.addEventListener = (type, fn, o) => {
        add(type, fn, o);
        const key = `${name}:${type}`;
        const set = listeners.get(key) ?? new Set();
        set.add(fn);
        listeners.set(key, set);
      };
      target.removeEventListener = (type, fn, o) => {
        remove(type, fn, o);
        listeners.get(`${name}:${type}`)?.delete(fn);
      };
    }
  }

  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const mark = (name) => performance.mark(name).startTime;

  /** Shadow text of an element without its <slot>: proves the widget really rendered. */
  const renderedText = (el) =>
    el.shadowRoot
      ? [...el.shadowRoot.childNodes]
          .filter((n) => n.nodeName !== 'SLOT' && n.nodeName !== 'STYLE')
          .map((n) => n.textContent)
          .join('')
          .trim()
      : '';

  let mutations = 0;
  let mo;

  window.bench = {
    done,
    /**
     * Awaits every `selector` element's updateComplete (none for vanilla), marks, then
     * waits a frame. `shadowOnly`: an element that renders only slots (a peer's card)
     * counts as rendered when its shadow root has content, not shadow text.
     */
    async rendered(selector, shadowOnly = false) {
      const els = [...document.querySelectorAll(selector)];
      await Promise.all(els.map((e) => e.updateComplete));
      const rendered = mark('rendered');
      await nextFrame();
      const painted = mark('painted');
      const sample = els.length ? renderedText(els[els.length - 1]) : '';
      finish({
        rendered,
        painted,
        count: els.length,
        ok: els.filter((e) => (shadowOnly ? e.shadowRoot?.childElementCount > 0 : renderedText(e) !== '')).length,
        sample: sample.replace(/\s+/g, ' ').slice(0, 200),
      });
    },
    nextFrame,
    cls: () => ({ cls, shifts }),
    /** Counts mutation records in the document and in every open shadow root under it. */
    watchMutations(selector) {
      mo?.disconnect();
      mutations = 0;
      mo = new MutationObserver((records) => (mutations += records.length));
      const o = { subtree: true, childList: true, characterData: true, attributes: true };
      mo.observe(document.body, o);
      for (const el of document.querySelectorAll(selector)) if (el.shadowRoot) mo.observe(el.shadowRoot, o);
    },
    takeMutations() {
      const n = mutations;
      mutations = 0;
      return n;
    },
    stopMutations() {
      mo?.disconnect();
    },
    texts: (selector) => [...document.querySelectorAll(selector)].map(renderedText),
    timers: () => ({
      pending: pending.size,
      kinds: [...pending.values()],
      listeners: Object.fromEntries([...listeners].filter(([, s]) => s.size).map(([k, s]) => [k, s.size])),
    }),
    /**
     * `n` elements of `tag` connected at once and left on screen for `ms` (observers
     * fire, tickers start), then all disconnected; pending timers counted at both points.
     */
    async liveBatch(tag, data, n, ms) {
      const host = document.getElementById('host');
      const els = Array.from({ length: n }, () => Object.assign(document.createElement(tag), { data }));
      host.append(...els);
      await Promise.all(els.map((e) => e.updateComplete));
      await nextFrame();
      await new Promise((r) => setTimeout(r, ms));
      const connected = pending.size;
      for (const e of els) e.remove();
      await new Promise((r) => setTimeout(r, ms));
      return { connected, after: pending.size, kinds: [...pending.values()] };
    },
    /** n times: create `tag`, give it `data`, connect, await its render, disconnect. */
    async cycles(tag, data, n) {
      const host = document.getElementById('host');
      let ok = 0;
      for (let i = 0; i < n; i++) {
        const el = document.createElement(tag);
        el.data = data;
        host.append(el);
        await el.updateComplete;
        if (i === 0 && renderedText(el) !== '') ok++;
        el.remove();
      }
      return { rendered: ok === 1 };
    },
  };
})();
