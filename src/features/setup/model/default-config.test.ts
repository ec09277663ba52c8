import { describe, expect, it } from "vitest";
import { mondayMorning, restaurantWeekly, weeklyMeeting } from "@/meeting/model/templates/presets";
import { getTemplateRules } from "@/meeting/model/templates/rules";
import { seriesConfigSchema } from "@/meeting/model/series-config/series-config";
import { applyTemplate, assignDefaultSpeakers, createDefaultConfig, setNoteTaker } from "./default-config";
import type { SetupContext } from "./default-config";

const context: SetupContext = {
  seriesId: "19:meeting_weekly@thread.v2",
  title: "周例会",
  organizer: { key: "gm@y.example", name: "王建国" },
  attendees: ["ops", "cs", "design", "after", "wh", "admin"].map((n) => ({ key: `${n}@y.example`, name: n })),
  firstOccurrenceKey: "2026-11-30T05:30:00.000Z",
  editor: "gm@y.example",
};
const workspace = { groupId: "g", groupName: "云栈管理层", siteId: "s", planId: "p", planTitle: "例会通 · 周例会" };

describe("default series configuration", () => {
  it("makes a valid configuration whose speakers leave out host and note-taker", () => {
    const config = createDefaultConfig(context, weeklyMeeting, workspace, new Date("2026-11-27T00:00:00Z"));
    expect(seriesConfigSchema.safeParse(config).success).toBe(true);
    expect(config.noteTaker).toBeUndefined();
    const withNotes = setNoteTaker(
      config,
      "admin@y.example",
      context.attendees.map((a) => a.key),
      "gm@y.example",
    );
    expect(withNotes.speakers.departments).toEqual([
      "ops@y.example",
      "cs@y.example",
      "design@y.example",
      "after@y.example",
      "wh@y.example",
    ]);
    expect(withNotes.host).toMatchObject({
      mode: "rotating",
      order: ["gm@y.example", "ops@y.example", "cs@y.example", "design@y.example", "after@y.example", "wh@y.example"],
    });
    expect(config.reportDue).toEqual({ workingDaysBefore: 1, time: "18:00" });
  });

  it("deals each person one slot across sections, leaving the rest open, when switching template", () => {
    expect(assignDefaultSpeakers(mondayMorning, ["a", "b", "a"])).toEqual({
      operations: ["a"],
      "customer-service": ["b"],
      design: [],
      "after-sales": [],
    });
    const config = createDefaultConfig(context, weeklyMeeting, workspace, new Date());
    expect(Object.keys(applyTemplate(config, mondayMorning, ["x"]).speakers)).toEqual([
      "operations",
      "customer-service",
      "design",
      "after-sales",
    ]);
  });

  it("starts from the template's rules, and takes the new template's on switching", () => {
    const config = createDefaultConfig(context, weeklyMeeting, workspace, new Date());
    expect(config.rules).toEqual(getTemplateRules("weekly"));
    const restaurant = applyTemplate({ ...config, rules: [] }, restaurantWeekly, ["x"]);
    expect(restaurant.rules).toEqual(getTemplateRules("restaurant-weekly"));
    expect(seriesConfigSchema.safeParse(restaurant).success).toBe(true);
  });
});
