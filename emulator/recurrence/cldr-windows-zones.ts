// The Windows → IANA time-zone table, read from the installed cldr-core package (the Unicode
// Consortium's JSON of CLDR's windowsZones.xml, https://github.com/unicode-org/cldr-json). The app
// ships the same rows, generated into src/lib/time/windows-zones-table.ts by
// scripts/generate-windows-zones.ts. Each Windows id keeps its territory "001" row: the zone CLDR
// names as that Windows zone's own (https://unicode.org/reports/tr35/tr35-info.html#Time_Zone_Conversion).
import { createRequire } from "node:module";

interface CldrWindowsZones {
  supplemental: {
    version: { _cldrVersion: string };
    windowsZones: { mapTimezones: { mapZone: { _other: string; _type: string; _territory: string } }[] };
  };
}

const requireFromHere = createRequire(import.meta.url);

export function readCldrPackage(): { version: string; cldrVersion: string } {
  const { version } = requireFromHere("cldr-core/package.json") as { version: string };
  const data = requireFromHere("cldr-core/supplemental/windowsZones.json") as CldrWindowsZones;
  return { version, cldrVersion: data.supplemental.version._cldrVersion };
}

/** [Windows id, IANA zone] for every Windows time zone, in CLDR's order. */
export function readGoldenZones(): [windowsId: string, iana: string][] {
  const data = requireFromHere("cldr-core/supplemental/windowsZones.json") as CldrWindowsZones;
  return data.supplemental.windowsZones.mapTimezones
    .map((row) => row.mapZone)
    .filter((zone) => zone._territory === "001")
    .map((zone): [string, string] => [zone._other, zone._type.split(" ")[0] ?? zone._type]);
}
