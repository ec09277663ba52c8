// Windows time-zone ids — what Outlook stores and Graph returns in `originalStartTimeZone` and
// `recurrenceTimeZone` ("China Standard Time"; https://learn.microsoft.com/graph/api/resources/datetimetimezone)
// — to the IANA names Intl knows, by Unicode CLDR's windowsZones table (windows-zones-table.ts,
// generated from the cldr-core package).
import { windowsZoneTable } from "./windows-zones-table";

let byLowerCaseId: ReadonlyMap<string, string> | undefined;

/** The IANA zone of a Windows time-zone id (compared case-insensitively), if it is one. */
export function findIanaForWindowsZone(windowsId: string): string | undefined {
  byLowerCaseId ??= new Map(windowsZoneTable.map(([id, iana]) => [id.toLowerCase(), iana]));
  return byLowerCaseId.get(windowsId.trim().toLowerCase());
}

/** Every Windows time-zone id the table knows, as Windows spells it. */
export function listWindowsZoneIds(): string[] {
  return windowsZoneTable.map(([id]) => id);
}
