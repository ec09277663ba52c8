import { describe, expect, it } from "vitest";
import { getAppointmentOccurrenceKey, isTeamsMeeting } from "./appointment-event";
import type { AppointmentEvent } from "./appointment-event";

const base: AppointmentEvent = {
  type: "occurrence",
  sensitivity: "normal",
  isOnlineMeeting: true,
  onlineMeetingProvider: "teamsForBusiness",
  start: new Date("2026-12-08T06:00:00Z"),
  isOrganizer: false,
};

describe("the appointment's occurrence", () => {
  it("is keyed by its original start when Graph gives one, so a moved meeting keeps its key", () => {
    expect(getAppointmentOccurrenceKey({ ...base, originalStart: new Date("2026-12-07T05:30:00Z") })).toBe(
      "2026-12-07T05:30:00.000Z",
    );
  });

  it("is keyed by its start for a single meeting", () => {
    expect(getAppointmentOccurrenceKey({ ...base, type: "singleInstance" })).toBe("2026-12-08T06:00:00.000Z");
  });

  it("has no key for the series master item", () => {
    expect(getAppointmentOccurrenceKey({ ...base, type: "seriesMaster" })).toBeUndefined();
  });
});

describe("isTeamsMeeting", () => {
  it("needs an online meeting from Teams", () => {
    expect(isTeamsMeeting(base)).toBe(true);
    expect(isTeamsMeeting({ isOnlineMeeting: false, onlineMeetingProvider: "unknown" })).toBe(false);
    expect(isTeamsMeeting({ isOnlineMeeting: true, onlineMeetingProvider: "skypeForBusiness" })).toBe(false);
  });
});
