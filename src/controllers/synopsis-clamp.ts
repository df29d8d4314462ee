import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

export interface SynopsisClampOptions {
  /** The clamped text's element; the "Read more" button is its next sibling. */
  synopsis(): Element | null | undefined;
  /** The text it shows: new text in the same element is measured again. */
  text(): string | undefined;
  /** True while the reader has the text opened: its button is then left as the host renders it. */
  isOpen(): boolean;
}

/*
 * ONE ResizeObserver for the synopses of every card on the page. A callback that reads
 * every synopsis before it writes anything costs one layout however many cards there
 * are; an observer per card would force a layout of the whole page per card. It
 * disconnects when the last synopsis leaves, so a page without cards holds nothing.
 */
let observer: ResizeObserver | undefined;
const clamps = new Map<Element, SynopsisClampController>();

function measure(entries: ResizeObserverEntry[]): void {
  const cut = entries.map((e) => [e.target, e.target.scrollHeight > e.target.clientHeight + 1] as const);
  for (const [synopsis, clamped] of cut) {
    const more = synopsis.nextElementSibling as HTMLElement | null;
    if (more && !clamps.get(synopsis)?.isOpen()) more.hidden = !clamped;
  }
}

function observe(synopsis: Element, clamp: SynopsisClampController): void {
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
export class SynopsisClampController implements ReactiveController {
  private watched?: Element;
  private watchedText?: string;

  constructor(
    private readonly host: Host,
    private readonly options: SynopsisClampOptions,
  ) {
    host.addController(this);
  }

  /** Whether the host's reader has opened the text (read by the shared observer). */
  isOpen(): boolean {
    return this.options.isOpen();
  }

  hostConnected(): void {
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
    const text = this.options.text();
    const synopsis = (this.host.isConnected && text ? this.options.synopsis() : undefined) ?? undefined;
    // New text in the same element may change whether it is cut without changing its
    // box, which a ResizeObserver would not report: observing it again reports it at once.
    if (synopsis === this.watched && (!synopsis || text === this.watchedText)) return;
    this.watchedText = text;
    if (this.watched) release(this.watched);
    if (synopsis) observe(synopsis, this);
    this.watched = synopsis;
  }
}
