import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How much of an element must be visible for it to count as seen. */
const SEEN_RATIO = 0.5;

/**
 * Reports each watched element once, the first time at least half of it is visible:
 * first-party impression analytics without a scroll listener. Elements are known by a
 * key (a story's URL), so a re-rendered or reordered item that was already seen is not
 * reported again. The host calls `watch()` after each render (its shadow DOM may have new
 * items); the observer is released on disconnect and the host updates on reconnect to
 * watch again.
 */
export class ImpressionController implements ReactiveController {
  private observer?: IntersectionObserver;
  private readonly seen = new Set<string>();
  private keyOf: (element: Element) => string | undefined = () => undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called once per key, with the element that was seen. */
    private readonly onSeen: (key: string, element: Element) => void,
  ) {
    host.addController(this);
  }

  /**
   * Watches `elements` not yet seen. `keyOf` is asked again when one becomes visible,
   * since the host may by then show a different item in the same element.
   */
  watch(elements: Iterable<Element>, keyOf: (element: Element) => string | undefined): void {
    this.keyOf = keyOf;
    this.observer ??= new IntersectionObserver((entries) => this.onEntries(entries), { threshold: SEEN_RATIO });
    for (const element of elements) {
      const key = keyOf(element);
      if (key !== undefined && !this.seen.has(key)) this.observer.observe(element);
    }
  }

  hostConnected(): void {
    // Only after a reconnect does this start an update: the first one is already pending.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const { target, intersectionRatio } of entries) {
      if (intersectionRatio < SEEN_RATIO) continue;
      this.observer?.unobserve(target);
      const key = this.keyOf(target);
      if (key === undefined || this.seen.has(key)) continue;
      this.seen.add(key);
      this.onSeen(key, target);
    }
  }
}
