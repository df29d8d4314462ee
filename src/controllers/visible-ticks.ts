import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { subscribe, unsubscribe, type Cadence, type Ticking } from '../time/ticker.js';

type Host = ReactiveControllerHost & Element;

/** One IntersectionObserver for every ticking element on the page, not one each. */
let observer: IntersectionObserver | undefined;
const owners = new WeakMap<Element, VisibleTicksController>();
/** One reduced-motion query for the page (its `matches` is live), not one per element: made on the first connect. */
let motion: MediaQueryList | undefined;

/** What the controller asks of a host; one static object per element class, so instances hold no closures. */
export interface TickNeeds<H extends Host> {
  /** The cadence the host's current view needs; undefined: nothing changes with time. */
  cadence(host: H): Cadence | undefined;
  tick(host: H, now: number): void;
}

/**
 * Ticks a host on the shared ticker only while it is connected and on screen: a countdown
 * nobody can see costs nothing. A hidden page needs nothing here: the ticker itself sleeps
 * while the page is hidden and calls every subscriber at once when it is shown again, so
 * no element keeps a visibilitychange listener of its own. The host says which cadence it
 * needs now (or none) and what to do on a tick; after being off screen it is caught up at
 * once. Also reads the reader's reduced-motion setting on connect.
 */
export class VisibleTicksController<H extends Host = Host> implements ReactiveController, Ticking {
  /** True when the reader asked for reduced motion: no digits changing every second. */
  reducedMotion = false;

  private onScreen = false;
  private cadence?: Cadence;

  constructor(
    private readonly host: H,
    private readonly needs: TickNeeds<H>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return; // a server render (reelkit/ssr) observes nothing
    this.reducedMotion = (motion ??= matchMedia('(prefers-reduced-motion: reduce)')).matches;
    owners.set(this.host, this as unknown as VisibleTicksController);
    (observer ??= new IntersectionObserver((entries) => {
      for (const e of entries) {
        const owner = owners.get(e.target);
        if (!owner) continue;
        owner.onScreen = e.isIntersecting;
        owner.sync();
      }
    })).observe(this.host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
    owners.delete(this.host);
    this.onScreen = false;
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Called by the shared ticker (this controller is its subscriber). */
  tick(now: number): void {
    this.needs.tick(this.host, now);
  }

  /** Subscribes at the cadence the host needs while it is on screen; else unsubscribes. */
  private sync(): void {
    const cadence = this.onScreen ? this.needs.cadence(this.host) : undefined;
    if (cadence === this.cadence) return;
    this.cadence = cadence;
    if (!cadence) return unsubscribe(this);
    subscribe(cadence, this);
    this.tick(Date.now()); // catch up at once after being off screen
  }
}
