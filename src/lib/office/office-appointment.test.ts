import { describe, expect, it } from "vitest";
import { readAppointmentMode } from "./office-appointment";

describe("readAppointmentMode", () => {
  it("takes an item that can be saved and has no itemId for the organizer's compose form", () => {
    expect(readAppointmentMode({ saveAsync: () => undefined })).toBe("organizerCompose");
  });

  it("takes an item with an itemId for an attendee reading it", () => {
    expect(readAppointmentMode({ itemId: "AAMkAG/x+y=" })).toBe("attendeeRead");
  });
});
