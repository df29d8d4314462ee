/**
 * A one-event iCalendar file (RFC 5545) for a release, built in the browser.
 * A calendar day becomes an all-day event (DATE values, end = next day, exclusive),
 * so it sits on the same day for every reader; anything else is a UTC instant.
 */
import type { Release } from '../../data/model.js';

/** 20171114T190000Z */
const utc = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d+/g, '');

/** TEXT values: backslash, semicolon and comma escaped, line breaks as \n. */
const text = (s: string) => s.replace(/[\\;,]/g, '\\$&').replace(/\r?\n|\r/g, '\\n');

/**
 * Lines longer than 75 characters continue on the next line after one space. Most lines
 * are short, and the code-point regex is slow: it runs only on lines that may need it.
 */
const fold = (line: string) => (line.length > 74 ? line.replace(/(.{74})(?=.)/gu, '$1\r\n ') : line);

/**
 * The .ics text for `release`, starting at `start` (epoch ms), stamped `now`. `url` is
 * the release's checked URL made absolute (calendars need absolute URIs).
 */
export function icsEvent(release: Release, start: number, summary: string, now: number, url?: string): string {
  const d = release.date;
  const day = (n: number) => d.type === 'day' && utc(Date.UTC(d.y, d.m - 1, d.d + n)).slice(0, 8);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//reelkit//release-countdown//EN',
    'BEGIN:VEVENT',
    `UID:${text(`${utc(start)}-${release.kind}-${release.format ?? ''}-${release.region ?? ''}`)}@reelkit`,
    `DTSTAMP:${utc(now)}`,
    ...(d.type === 'day' ? [`DTSTART;VALUE=DATE:${day(0)}`, `DTEND;VALUE=DATE:${day(1)}`] : [`DTSTART:${utc(start)}`]),
    `SUMMARY:${text(summary)}`,
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ]
    .map(fold)
    .join('\r\n');
}
