import { describe, expect, it } from "vitest";
import cldrWindowsZones from "cldr-core/supplemental/windowsZones.json";
import { findIanaForWindowsZone, listWindowsZoneIds } from "./windows-zones";
import { cldrVersion, windowsZoneTable } from "./windows-zones-table";

describe("Windows time-zone ids", () => {
  it("are the installed CLDR's territory-001 rows (run scripts/generate-windows-zones.ts when cldr-core changes)", () => {
    const { supplemental } = cldrWindowsZones;
    const golden = supplemental.windowsZones.mapTimezones
      .map((row) => row.mapZone)
      .filter((zone) => zone._territory === "001")
      .map((zone) => [zone._other, zone._type.split(" ")[0]]);
    expect(cldrVersion).toBe(supplemental.version._cldrVersion);
    expect(windowsZoneTable).toEqual(golden);
    expect(listWindowsZoneIds().length).toBeGreaterThanOrEqual(139);
  });

  it("each map to a zone this runtime's Intl knows", () => {
    const unknown = windowsZoneTable.filter(([, iana]) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: iana });
        return false;
      } catch (error) {
        if (error instanceof RangeError) return true;
        throw error;
      }
    });
    expect(unknown).toEqual([]);
  });

  it("map the zones a nine-row table missed, whatever their case", () => {
    expect(findIanaForWindowsZone("Korea Standard Time")).toBe("Asia/Seoul");
    expect(findIanaForWindowsZone("India Standard Time")).toBe("Asia/Calcutta");
    expect(findIanaForWindowsZone("Central Europe Standard Time")).toBe("Europe/Budapest");
    expect(findIanaForWindowsZone("china standard time")).toBe("Asia/Shanghai");
    // Chihuahua has kept UTC−6 since 2022; CLDR now names Mazatlán (UTC−7), older copies of the table do not.
    expect(findIanaForWindowsZone("Mountain Standard Time (Mexico)")).toBe("America/Mazatlan");
    expect(findIanaForWindowsZone("tzone://Microsoft/Custom")).toBeUndefined();
    expect(findIanaForWindowsZone("Asia/Shanghai")).toBeUndefined();
  });
});
