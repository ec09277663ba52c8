import { describe, expect, it } from "vitest";
import { getMeetingTimeZone } from "./meeting-time-zone";

describe("getMeetingTimeZone", () => {
  it("takes the first name a table knows, Windows or IANA", () => {
    expect(getMeetingTimeZone(["China Standard Time", "UTC"])).toEqual({ timeZone: "Asia/Shanghai" });
    expect(getMeetingTimeZone([null, "Korea Standard Time"])).toEqual({ timeZone: "Asia/Seoul" });
    expect(getMeetingTimeZone(["tzone://Microsoft/Custom", "India Standard Time"])).toEqual({
      timeZone: "Asia/Calcutta",
    });
    expect(getMeetingTimeZone(["Europe/Berlin"])).toEqual({ timeZone: "Europe/Berlin" });
  });

  it("counts in UTC, and says so, when no name is known", () => {
    expect(getMeetingTimeZone(["tzone://Microsoft/Custom", undefined])).toEqual({
      timeZone: "UTC",
      unknownZone: "tzone://Microsoft/Custom",
    });
    expect(getMeetingTimeZone([undefined, " "])).toEqual({ timeZone: "UTC" });
  });
});
