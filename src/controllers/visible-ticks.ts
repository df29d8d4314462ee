import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { subscribe, type Cadence } from '../time/ticker.js';

type Host = ReactiveControllerHost & Element;

/** One IntersectionObserver for every ticking element on the page, not one each. */
let observer: IntersectionObserver | undefined;
const owners = new WeakMap<Element, VisibleTicksController>();

/**
 * Ticks a host on the shared ticker only while it is connected, on screen and the page
 * is visible: a countdown nobody can see costs nothing. The host says which cadence it
 * needs now (or none) and what to do on a tick; after being hidden or off screen it is
 * caught up at once. Also reads the reader's reduced-motion setting on connect.
 */
export class VisibleTicksController implements ReactiveController {
  /** True when the reader asked for reduced motion: no digits changing every second. */
  reducedMotion = false;

  private onScreen = false;
  private cadence?: Cadence;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: Host,
    private readonly needs: {
      /** The cadence the host's current view needs; undefined: nothing changes with time. */
      cadence(): Cadence | undefined;
      tick(now: number): void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    owners.set(this.host, this);
    (observer ??= new IntersectionObserver((entries) => {
      for (const e of entries) {
        const owner = owners.get(e.target);
        if (!owner) continue;
        owner.onScreen = e.isIntersecting;
        owner.sync();
      }
    })).observe(this.host);
    document.addEventListener('visibilitychange', this.sync);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
    owners.delete(this.host);
    document.removeEventListener('visibilitychange', this.sync);
    this.onScreen = false;
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Subscribes at the cadence the host needs while it can be seen; else unsubscribes. */
  private sync = (): void => {
    const cadence = this.onScreen && document.visibilityState !== 'hidden' ? this.needs.cadence() : undefined;
    if (cadence === this.cadence) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.cadence = cadence;
    if (cadence) {
      this.unsubscribe = subscribe(cadence, this.needs.tick);
      this.needs.tick(Date.now()); // catch up at once after being hidden or off screen
    }
  };
}
