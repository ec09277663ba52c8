import { describe, expect, it } from "vitest";
import { pickOutlookPane } from "./outlook-pane-kind";

describe("pickOutlookPane", () => {
  it("opens the organizer's pane only for the organizer composing the invitation", () => {
    expect(pickOutlookPane(true, "organizerCompose")).toBe("organizer");
  });

  it("opens the read view for an organizer reading the sent invitation", () => {
    expect(pickOutlookPane(true, "attendeeRead")).toBe("attendee");
  });

  it("opens the read view for an attendee, whatever the mode", () => {
    expect(pickOutlookPane(false, "attendeeRead")).toBe("attendee");
    expect(pickOutlookPane(false, "organizerCompose")).toBe("attendee");
  });
});
