import { describe, expect, it } from "vitest";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { addItem, generateAgenda } from "./agenda";
import type { Agenda } from "./agenda";
import { buildAgendaHtml, hasAgendaHtml } from "./agenda-html";
import type { AgendaHtmlInput } from "./agenda-html";

const hostile = "<img src=x onerror=alert(1)>";
const closing = "</table><script>alert(2)</script>";

function weeklyAgenda(): Agenda {
  const agenda = generateAgenda({
    template: weeklyMeeting,
    occurrenceKey: "2026-11-30T05:30:00.000Z",
    host: "host",
    noteTaker: "notes",
    speakers: { departments: ["ops", "cs"] },
    topics: [],
  });
  return addItem(agenda, { id: "t1", kind: "topic", title: { zh: closing, en: closing }, minutes: 5, fields: [] });
}

function input(language: AgendaHtmlInput["language"], extra: Partial<AgendaHtmlInput> = {}): AgendaHtmlInput {
  return {
    language,
    meetingTitle: `周例会 & "管理层"`,
    when: {
      start: new Date("2026-11-30T05:30:00.000Z"),
      end: new Date("2026-11-30T07:00:00.000Z"),
      timeZone: "China Standard Time",
    },
    agenda: weeklyAgenda(),
    displayNames: { host: "陈建国", notes: "赵敏", ops: hostile, cs: "李娜" },
    reportDue: new Date("2026-11-27T10:00:00.000Z"),
    ...extra,
  };
}

/** The body as a browser would read it: what shows, and which elements it made. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
}

describe("buildAgendaHtml", () => {
  it("writes hostile names and titles as the characters typed, making no element of them", () => {
    const html = buildAgendaHtml(input("zh-CN", { review: [{ what: hostile, owner: "cs" }] }));
    const doc = parse(html);
    expect(doc.querySelectorAll("img, script")).toHaveLength(0);
    expect(doc.body.textContent).toContain(hostile);
    expect(doc.body.textContent).toContain(closing);
    expect(doc.body.textContent).toContain(`周例会 & "管理层"`);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    // The closing tag typed into a title does not end the agenda's own table early.
    expect(doc.querySelectorAll("table")).toHaveLength(2);
  });

  it("lists every item with its start on the meeting's clock, time box and speaker, and the report due time", () => {
    const doc = parse(buildAgendaHtml(input("zh-CN")));
    const rows = [...(doc.querySelectorAll("table")[1]?.querySelectorAll("tr") ?? [])].slice(1);
    expect(rows).toHaveLength(weeklyAgenda().items.length);
    expect(rows[0]?.textContent).toMatch(/^13:30 · \d+ 分钟/);
    expect(doc.body.textContent).toContain("主持人陈建国");
    expect(doc.body.textContent).toContain("汇报截止11月27日（周五） 18:00");
    expect(doc.body.textContent).toContain("11月30日（周一）13:30–15:00");
    expect([...rows].some((r) => r.textContent.includes("李娜"))).toBe(true);
  });

  it("writes English throughout for an English invitation", () => {
    const text = parse(buildAgendaHtml(input("en-US"))).body.textContent;
    expect(text).toContain("Meeting agenda");
    expect(text).toContain("Reports due");
    expect(text).toContain("1:30 PM");
    expect(text).not.toMatch(/主持人|分钟/);
  });

  it("lists the decisions under review beneath the review item, or says there are none", () => {
    const withDecisions = parse(buildAgendaHtml(input("en-US", { review: [{ what: "Clear refunds", owner: "cs" }] })));
    expect(withDecisions.querySelector("li")?.textContent).toBe("Clear refunds — 李娜");
    const none = parse(buildAgendaHtml(input("en-US", { review: [] })));
    expect(none.body.textContent).toContain("No decisions to review.");
  });

  it("is found again in a body that holds it, also under the id Outlook rewrites", () => {
    const html = buildAgendaHtml(input("zh-CN"));
    expect(hasAgendaHtml(`<p>hello</p>${html}`)).toBe(true);
    expect(hasAgendaHtml(html.replace('id="', 'id="x_'))).toBe(true);
    expect(hasAgendaHtml("<p>周例会</p>")).toBe(false);
  });
});
