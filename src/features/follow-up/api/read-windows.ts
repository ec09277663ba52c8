// Pure: reading a whole series out of a list in windows of occurrences, for a series that has
// outgrown SharePoint's list view threshold. SharePoint answers a filter from the index of its
// first indexed comparison and refuses it — 422 tooManyResources, "exceeds the list view
// threshold" — when that index yields more than 5,000 items
// (https://learn.microsoft.com/graph/api/listitem-list; docs/emulator.md "Service limits"). A
// weekly meeting of 40 speakers adds 2,080 reports a year, so after about 2.4 years `SeriesId eq`
// alone is refused for its reports. The indexed OccurrenceKey (an ISO instant, sorting in time)
// then leads as a range: one window per year yields that year's items of every series kept in the
// same list, and a window still too full is halved until it fits.
import { GraphRequestError, quoteODataString } from "@/lib/graph";
import { columns } from "@/meeting/api/workspace/list-layout";

/** Occurrence keys from `from` (inclusive) to `to` (exclusive); a missing bound is open. */
export interface OccurrenceWindow {
  from?: string;
  to?: string;
}

/** Windows are cut where meetings happen; these only place the middle of an open end. */
const earliest = Date.UTC(2000, 0, 1);
const latest = Date.UTC(2100, 0, 1);
const smallestWindowMs = 60 * 60_000;

/** The series, or its occurrences in a window, as a $filter whose first comparison is the narrowest index. */
export function buildSeriesFilter(seriesId: string, window?: OccurrenceWindow): string {
  const occurrence = `fields/${columns.occurrenceKey}`;
  return [
    ...(window?.from === undefined ? [] : [`${occurrence} ge ${quoteODataString(window.from)}`]),
    ...(window?.to === undefined ? [] : [`${occurrence} lt ${quoteODataString(window.to)}`]),
    `fields/${columns.seriesId} eq ${quoteODataString(seriesId)}`,
  ].join(" and ");
}

function startOfYear(year: number): string {
  return new Date(Date.UTC(year, 0, 1)).toISOString();
}

/**
 * One window per calendar year (UTC) from `years` years back to next year, with open windows
 * before and after: together they cover every occurrence key, each in exactly one window.
 */
export function listYearWindows(now: Date, years = 10): OccurrenceWindow[] {
  const first = now.getUTCFullYear() - years;
  const last = now.getUTCFullYear() + 1;
  const windows: OccurrenceWindow[] = [{ to: startOfYear(first) }];
  for (let year = first; year <= last; year++) windows.push({ from: startOfYear(year), to: startOfYear(year + 1) });
  windows.push({ from: startOfYear(last + 1) });
  return windows;
}

/** The window's two halves (open ends stay open), or undefined when it is too small to halve. */
export function splitWindow(window: OccurrenceWindow): [OccurrenceWindow, OccurrenceWindow] | undefined {
  const from = window.from === undefined ? earliest : Date.parse(window.from);
  const to = window.to === undefined ? latest : Date.parse(window.to);
  if (!(to - from > smallestWindowMs)) return undefined;
  const middle = new Date(from + Math.floor((to - from) / 2)).toISOString();
  return [
    { ...(window.from === undefined ? {} : { from: window.from }), to: middle },
    { from: middle, ...(window.to === undefined ? {} : { to: window.to }) },
  ];
}

/** SharePoint refused the query for the number of items it would read. */
export function isListThresholdError(error: unknown): boolean {
  return (
    error instanceof GraphRequestError &&
    (error.status === 422 || /list view threshold|too many resources/i.test(error.message))
  );
}
