import { describe, expect, it } from "vitest";
import { presetTemplates, weeklyMeeting } from "@/meeting/model/templates/presets";
import { addItem, generateAgenda, moveItem, removeItem, retimeItem } from "./agenda";
import type { AgendaInputs } from "./agenda";
import { checkAgendaTime } from "./time-check";
import { pickHost } from "@/meeting/model/series-config/host-rotation";

const heads = ["ops@y.example", "cs@y.example", "design@y.example", "after@y.example", "wh@y.example"];

function buildInputs(overrides: Partial<AgendaInputs> = {}): AgendaInputs {
  return {
    template: weeklyMeeting,
    occurrenceKey: "2026-11-30T05:30:00.000Z",
    speakers: { departments: heads },
    topics: [],
    ...overrides,
  };
}

describe("generateAgenda", () => {
  it.each(presetTemplates.map((t) => [t.id, t] as const))("%s: a valid agenda within its cap", (_id, template) => {
    const speakers = Object.fromEntries(
      template.sections.filter((s) => s.role === "speaker").map((s) => [s.id, heads.slice(0, s.speakers)]),
    );
    const agenda = generateAgenda(buildInputs({ template, speakers }));
    const check = checkAgendaTime(agenda.items, template.capMinutes, template.capMinutes);
    expect(check.overByMinutes).toBe(0);
    expect(agenda.items[0]?.kind === "review" || agenda.items[1]?.kind === "review").toBe(true);
    expect(new Set(agenda.items.map((i) => i.id)).size).toBe(agenda.items.length);
  });

  it("gives each speaker their own time box and puts the week's topics before leadership", () => {
    const agenda = generateAgenda(
      buildInputs({ topics: [{ id: "t1", title: "双十二备货", raisedBy: "cs@y.example", minutes: 10 }] }),
    );
    expect(agenda.items.filter((i) => i.sectionId === "departments").map((i) => [i.speaker, i.minutes])).toEqual(
      heads.map((h) => [h, 4]),
    );
    const ids = agenda.items.map((i) => i.id);
    expect(ids.indexOf("topic-t1")).toBe(ids.indexOf("company-news") - 1);
  });

  it("says by how much and where an edited agenda runs over", () => {
    let agenda = generateAgenda(buildInputs());
    agenda = retimeItem(agenda, "company-news", 40);
    agenda = addItem(
      agenda,
      { id: "extra", kind: "topic", title: { zh: "临时议题", en: "Extra" }, minutes: 5, fields: [] },
      1,
    );
    const check = checkAgendaTime(agenda.items, 90, 90);
    expect(check).toMatchObject({ totalMinutes: 95, overByMinutes: 5, firstOverItemId: "conclusions" });
    agenda = moveItem(agenda, "extra", 99);
    expect(agenda.items.at(-1)?.id).toBe("extra");
    expect(checkAgendaTime(agenda.items, 90, 90).firstOverItemId).toBe("extra");
    agenda = retimeItem(removeItem(agenda, "extra"), "company-news", 50);
    expect(checkAgendaTime(agenda.items, 120, 90)).toMatchObject({
      limitMinutes: 90,
      limitedBy: "cap",
      overByMinutes: 10,
    });
  });
});

describe("pickHost", () => {
  const held = ["a", "b", "c", "d", "e"];
  it("rotates once per held meeting from where the rotation starts", () => {
    const rule = { mode: "rotating", order: ["x", "y", "z"], startsAt: "b" } as const;
    expect(held.map((k) => pickHost(rule, k, held))).toEqual(["z", "x", "y", "z", "x"]);
    expect(pickHost({ mode: "fixed", host: "gm" }, "c", held)).toBe("gm");
  });
});
