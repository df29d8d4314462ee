import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/**
 * How to read a host, given once per element class (a static object): every instance
 * then holds only its controller, not closures of its own.
 */
export interface SynopsisClampOptions<H extends Host> {
  /** The clamped text's element; the "Read more" button is its next sibling. */
  synopsis(host: H): Element | null | undefined;
  /** The text it shows: new text in the same element is measured again. */
  text(host: H): string | undefined;
  /** True while the reader has the text opened: its button is then left as the host renders it. */
  isOpen(host: H): boolean;
}

/*
 * ONE ResizeObserver for the synopses of every card on the page. A callback that reads
 * every synopsis before it writes anything costs one layout however many cards there
 * are; an observer per card would force a layout of the whole page per card. It
 * disconnects when the last synopsis leaves, so a page without cards holds nothing.
 */
let observer: ResizeObserver | undefined;
const clamps = new Map<Element, SynopsisClampController<Host>>();

function measure(entries: ResizeObserverEntry[]): void {
  const cut = entries.map((e) => [e.target, e.target.scrollHeight > e.target.clientHeight + 1] as const);
  for (const [synopsis, clamped] of cut) {
    const more = synopsis.nextElementSibling as HTMLElement | null;
    if (more && !clamps.get(synopsis)?.isOpen()) more.hidden = !clamped;
  }
}

function observe(synopsis: Element, clamp: SynopsisClampController<Host>): void {
  observer ??= new ResizeObserver(measure);
  clamps.set(synopsis, clamp);
  observer.observe(synopsis);
}

function release(synopsis: Element): void {
  observer?.unobserve(synopsis);
  clamps.delete(synopsis);
  if (clamps.size > 0) return;
  observer?.disconnect();
  observer = undefined;
}

/**
 * Shows a synopsis' "Read more" button only while the text is cut by its line clamp.
 * The button is shown or hidden by its `hidden` property, not by a state change of the
 * host: a state change would render every card a second time right after its first
 * layout, only to add the button. So the host's template must not bind `hidden`.
 */
export class SynopsisClampController<H extends Host> implements ReactiveController {
  private watched?: Element;
  private watchedText?: string;

  constructor(
    private readonly host: H,
    private readonly options: SynopsisClampOptions<H>,
  ) {
    host.addController(this);
  }

  /** Whether the host's reader has opened the text (read by the shared observer). */
  isOpen(): boolean {
    return this.options.isOpen(this.host);
  }

  hostConnected(): void {
    if (isServer) return; // a server render (reelkit/ssr) observes nothing
    this.watch();
  }

  hostUpdated(): void {
    this.watch();
  }

  hostDisconnected(): void {
    if (this.watched) release(this.watched);
    this.watched = undefined;
  }

  private watch(): void {
    const text = this.options.text(this.host);
    const synopsis = (this.host.isConnected && text ? this.options.synopsis(this.host) : undefined) ?? undefined;
    // New text in the same element may change whether it is cut without changing its
    // box, which a ResizeObserver would not report: observing it again reports it at once.
    if (synopsis === this.watched && (!synopsis || text === this.watchedText)) return;
    this.watchedText = text;
    if (this.watched) release(this.watched);
    if (synopsis) observe(synopsis, this as SynopsisClampController<Host>);
    this.watched = synopsis;
  }
}
