import { describe, expect, it } from "vitest";
import { buildSeriesConfig, me } from "../../testing/build-series-config";
import { getMeetingRoles } from "./meeting-roles";
import { isSamePerson, listMySections, listSpeakerSlots } from "./people";
import { chooseView, listVisibleViews } from "./view-policy";
import type { ViewContext } from "./view-policy";

const organizer = "wang.jianguo@yunzhan.example";
const held = ["2026-11-16T05:30:00.000Z", "2026-11-23T05:30:00.000Z", "2026-11-30T05:30:00.000Z"];
const config = buildSeriesConfig();

function rolesOf(person: string, occurrenceKey: string | undefined = held[0]) {
  return getMeetingRoles({ config, organizer, me: person, occurrenceKey, heldKeys: held });
}

describe("people", () => {
  it("are the same whatever the case and stray spaces of their name", () => {
    expect(isSamePerson(" Li.Na@YunZhan.example", "li.na@yunzhan.example")).toBe(true);
    expect(isSamePerson(undefined, undefined)).toBe(false);
  });

  it("speak in the sections the series names them for, labelled as the template calls them", () => {
    expect(listMySections(config, "LI.NA@yunzhan.example").map((s) => s.sectionId)).toEqual(["departments"]);
    expect(listMySections(config, organizer)).toEqual([]);
    const slots = listSpeakerSlots(config, { [me]: "李娜" });
    expect(slots.map((s) => [s.name, s.sectionId])).toEqual([
      ["李娜", "departments"],
      ["zhang.min@yunzhan.example", "departments"],
    ]);
  });
});

describe("meeting roles", () => {
  it("give the rotation's host of the day, the note-taker and the organizer the running of the meeting", () => {
    expect(rolesOf("zhang.min@yunzhan.example")).toMatchObject({ isHost: true, canManage: true, canReview: true });
    expect(rolesOf("sun.li@yunzhan.example")).toMatchObject({ isNoteTaker: true, canManage: true, canReview: false });
    expect(rolesOf(organizer)).toMatchObject({ isOrganizer: true, isHost: false, canManage: true, canReview: true });
  });

  it("pass the host's turn on at the next held meeting", () => {
    expect(rolesOf(me, held[1])).toMatchObject({ host: me, isHost: true });
    expect(rolesOf(me, held[0])).toMatchObject({ isHost: false, canManage: false });
  });

  it("name no host when there is no meeting to act on", () => {
    expect(getMeetingRoles({ config, organizer, me, occurrenceKey: undefined, heldKeys: held })).toMatchObject({
      host: undefined,
      isHost: false,
    });
  });
});

describe("the view policy", () => {
  const context = (person: string, layout: ViewContext["layout"] = "panel", hasOccurrence = true): ViewContext => ({
    roles: rolesOf(person),
    hasOccurrence,
    layout,
  });
  const attendee = "chen.xiaodong@yunzhan.example";

  it("shows a speaker their report and lands there", () => {
    expect(listVisibleViews(context(me))).toEqual(["overview", "agenda", "report", "minutes"]);
    expect(chooseView(undefined, context(me))).toBe("report");
  });

  it("shows the people running the meeting the tracker and lands them on the agenda", () => {
    expect(listVisibleViews(context("sun.li@yunzhan.example"))).toEqual(["overview", "agenda", "tracker", "minutes"]);
    expect(chooseView(undefined, context(organizer))).toBe("agenda");
  });

  it("shows an ordinary attendee the agenda and minutes, history and rollups only in the chat tab", () => {
    expect(listVisibleViews(context(attendee))).toEqual(["overview", "agenda", "minutes"]);
    expect(listVisibleViews(context(attendee, "wide"))).toEqual([
      "overview",
      "agenda",
      "minutes",
      "history",
      "rollups",
    ]);
    expect(chooseView(undefined, context(attendee))).toBe("overview");
  });

  it("honours a requested view only when the person may see it", () => {
    expect(chooseView("minutes", context(attendee))).toBe("minutes");
    expect(chooseView("tracker", context(attendee))).toBe("overview");
    expect(chooseView("history", context(me, "panel"))).toBe("report");
  });

  it("shows only the overview (and the wide tab's series views) when there is no meeting", () => {
    expect(listVisibleViews(context(organizer, "wide", false))).toEqual(["overview", "history", "rollups"]);
    expect(chooseView("agenda", context(organizer, "panel", false))).toBe("overview");
  });
});
