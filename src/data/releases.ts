/**
 * Releases: the words people use for a release's kind and disc format, and which of a
 * film's releases a countdown shows. The release spec (records.ts) and
 * `<release-countdown>` both read the aliases from here.
 */
import { oneOf, text, type Report } from './fields.js';
import { PHYSICAL_FORMATS, RELEASE_KINDS, type PhysicalFormat, type Release, type ReleaseKind } from './model.js';
import { toEpochMs } from '../time/when.js';

/** Other names for a kind ("cinema" is theatrical, "blu-ray" a physical release). */
export const KIND_ALIASES: Record<string, ReleaseKind> = {
  cinema: 'theatrical',
  theaters: 'theatrical',
  dvd: 'physical',
  'blu-ray': 'physical',
  bluray: 'physical',
  '4k': 'physical',
  vod: 'digital',
  'digital hd': 'digital',
};

/** Other spellings of a disc format. */
export const FORMAT_ALIASES: Record<string, PhysicalFormat> = {
  bluray: 'blu-ray',
  'blu ray': 'blu-ray',
  uhd: '4k',
  '4k uhd': '4k',
};

export const releaseKind = oneOf(RELEASE_KINDS, KIND_ALIASES);
export const discFormat = oneOf(PHYSICAL_FORMATS, FORMAT_ALIASES);

/** The disc format a kind names ("blu-ray" as a kind keeps its format), if any. */
export function formatOfKind(kind: unknown): PhysicalFormat | undefined {
  if (typeof kind !== 'string') return undefined;
  const k = kind.trim().toLowerCase();
  return k === 'dvd' || k === '4k' ? k : k.startsWith('blu') ? 'blu-ray' : undefined;
}

/** True when `value` names a disc format ("Blu-ray", "4K UHD"), not a display. */
export function isDiscFormat(value: string | undefined): boolean {
  if (!value) return false;
  const key = value.trim().toLowerCase();
  return (PHYSICAL_FORMATS as readonly string[]).includes(key) || Object.hasOwn(FORMAT_ALIASES, key);
}

/** A release label as the page wrote it: checked text, at most 120 characters. */
export const releaseLabel = (value: string | undefined, report: Report): string | undefined =>
  value ? text(120)(value, 'label', report) : undefined;

/** Which release to show: any of these may be absent. `kind` and `format` accept aliases. */
export interface ReleaseWanted {
  kind?: string;
  format?: string;
  /** Only releases in this region (the `region` attribute). */
  region?: string;
  /** The reader's region (from their language, "de-AT" → AT): preferred where one kind has several regions. */
  reader?: string;
}

/** How well a release or rating suits a reader: their region's 2, worldwide (no region) 1, another 0. */
const fit = (item: { region?: string }, reader = ''): number =>
  item.region ? +(item.region.toUpperCase() === reader.toUpperCase()) * 2 : 1;

/** A content rating for the reader: their region's, else one without a region, else the first. */
export const ratingFor = <T extends { region?: string }>(ratings: T | T[] | undefined, reader?: string) =>
  Array.isArray(ratings)
    ? ratings.reduce<T | undefined>((best, r) => (!best || fit(r, reader) > fit(best, reader) ? r : best), undefined)
    : ratings;

export type ReleasePhase = 'before' | 'out' | 'after';

export interface PickedRelease {
  release: Release;
  /** Target instant, epoch ms. */
  ms: number;
  /** Before the target, inside the "out now" window after it, or past that window. */
  phase: ReleasePhase;
}

/** Releases with their instants, earliest first; worked out once per list, not per tick. */
const timelines = new WeakMap<readonly Release[], [number, Release][]>();

function timeline(releases: readonly Release[]): [number, Release][] {
  let list = timelines.get(releases);
  if (!list) {
    list = releases.map((r): [number, Release] => [toEpochMs(r.date, r.timeZone), r]).sort((a, b) => a[0] - b[0]);
    timelines.set(releases, list);
  }
  return list;
}

/**
 * The release a countdown shows at `now`: among those matching `wanted` (unknown kinds
 * are reported and ignored), the next one not yet past its `liveFor` ms "out now"
 * window, else the latest. Undefined (with one report) when none matches.
 */
export function pickRelease(
  releases: readonly Release[],
  wanted: ReleaseWanted,
  now: number,
  liveFor: number,
  report: Report,
): PickedRelease | undefined {
  let list = timeline(releases);
  if (wanted.kind || wanted.format || wanted.region) {
    const kind = wanted.kind ? releaseKind(wanted.kind, 'kind', report) : undefined;
    const format = (wanted.format && discFormat(wanted.format, 'format', report)) || formatOfKind(wanted.kind);
    const region = wanted.region?.toLowerCase();
    list = list.filter(
      ([, r]) =>
        (!kind || r.kind === kind) &&
        (!format || r.format === format) &&
        (!region || r.region?.toLowerCase() === region),
    );
    if (!list.length) {
      const named = [wanted.kind, wanted.format, wanted.region].filter(Boolean).join(' ');
      return void report('releases', `none matches ${named}`);
    }
  }
  // Where one kind (and disc format) has releases in several regions: the reader's, else the worldwide ones.
  if (!wanted.region) {
    const best = (r: Release) => fit(r, wanted.reader);
    list = list.filter(
      ([, r]) => !list.some(([, o]) => o.kind === r.kind && o.format === r.format && best(o) > best(r)),
    );
  }
  const [ms, release] = list.find(([t]) => t + liveFor > now) ?? list[list.length - 1]!;
  return { release, ms, phase: now < ms ? 'before' : now < ms + liveFor ? 'out' : 'after' };
}
