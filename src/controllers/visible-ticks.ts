import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { subscribe, type Cadence } from '../time/ticker.js';

type Host = ReactiveControllerHost & Element;

/** What the controller asks of a host; one static object per element class, so instances hold no closures. */
export interface TickNeeds<H extends Host> {
  /** The cadence the host's current view needs; undefined: nothing changes with time. */
  cadence(host: H): Cadence | undefined;
  tick(host: H, now: number): void;
}

/**
 * Page-wide state shared by every ticking element, so one costs a set entry, not its
 * own observer, listener, ticker subscription and closures: one IntersectionObserver,
 * one visibilitychange listener and one ticker subscription per cadence, each released
 * when the last element using it goes.
 */
const connected = new Map<Element, VisibleTicksController>();
const ticking: Record<Cadence, Set<VisibleTicksController>> = { second: new Set(), minute: new Set() };
const leave: Partial<Record<Cadence, () => void>> = {};
let observer: IntersectionObserver | undefined;
/** The reduced-motion query, asked once for all (a query is a browser object each); dropped with the last. */
let motion: MediaQueryList | undefined;

const syncAll = (): void => connected.forEach((c) => c.sync());

function seen(entries: IntersectionObserverEntry[]): void {
  for (const e of entries) connected.get(e.target)?.see(e.isIntersecting);
}

/** Ticks every controller at `cadence`; copied first, as a tick may make one leave. */
const tickers: Record<Cadence, (now: number) => void> = {
  second: (now) => [...ticking.second].forEach((c) => c.tick(now)),
  minute: (now) => [...ticking.minute].forEach((c) => c.tick(now)),
};

/**
 * Ticks a host on the shared ticker only while it is connected, on screen and the page
 * is visible: a countdown nobody can see costs nothing. The host says which cadence it
 * needs now (or none) and what to do on a tick; after being hidden or off screen it is
 * caught up at once.
 */
export class VisibleTicksController<H extends Host = Host> implements ReactiveController {
  private onScreen = false;
  private cadence?: Cadence;

  /** True when the reader asks for reduced motion: no digits changing every second. */
  get reducedMotion(): boolean {
    return !!motion?.matches;
  }

  constructor(
    private readonly host: H,
    private readonly needs: TickNeeds<H>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return; // a server render (reelkit/ssr) observes nothing
    if (!connected.size) document.addEventListener('visibilitychange', syncAll);
    motion ??= matchMedia('(prefers-reduced-motion: reduce)');
    connected.set(this.host, this as unknown as VisibleTicksController);
    (observer ??= new IntersectionObserver(seen)).observe(this.host);
  }

  hostDisconnected(): void {
    if (!connected.delete(this.host)) return;
    observer!.unobserve(this.host);
    if (!connected.size) {
      document.removeEventListener('visibilitychange', syncAll);
      observer = void observer!.disconnect();
      motion = undefined;
    }
    this.see(false);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** The observer's answer: on screen or not. */
  see(onScreen: boolean): void {
    this.onScreen = onScreen;
    this.sync();
  }

  tick(now: number): void {
    this.needs.tick(this.host, now);
  }

  /** Ticks at the cadence the host needs while it can be seen, else not at all. */
  sync(): void {
    const cadence = this.onScreen && document.visibilityState !== 'hidden' ? this.needs.cadence(this.host) : undefined;
    if (cadence === this.cadence) return;
    const was = this.cadence;
    this.cadence = cadence;
    if (was && ticking[was].delete(this as unknown as VisibleTicksController) && !ticking[was].size) {
      leave[was]!();
      leave[was] = undefined;
    }
    if (cadence) {
      ticking[cadence].add(this as unknown as VisibleTicksController);
      leave[cadence] ??= subscribe(cadence, tickers[cadence]);
      this.tick(Date.now()); // catch up at once after being hidden or off screen
    }
  }
}
