import { describe, expect, it } from "vitest";
import { buildAction, buildContext } from "./testing/builders";
import {
  buildDesiredTask,
  buildReferenceTitle,
  buildReferenceUrl,
  describeAction,
  encodeReferenceKey,
  endOfDueDay,
  plannerTitleMaxLength,
  readKeyMarker,
  readMarker,
  truncateTitle,
} from "./task-content";

describe("buildDesiredTask", () => {
  it("maps an action item to Planner's fields and details", () => {
    const desired = buildDesiredTask(
      buildAction("a1", { what: "  整理 双十二\n备货清单 ", priority: "urgent" }),
      buildContext(),
    );
    expect(desired.actionId).toBe("a1");
    expect(desired.fields).toEqual({
      title: "整理 双十二 备货清单",
      assigneeId: "user-li",
      dueDateTime: "2026-12-04T15:59:59.000Z",
      priority: 1,
    });
    expect(desired.details.description).toContain("验收标准：验收 a1");
    expect(desired.details.description).toContain("来源决议：双十二备货提前一周");
    expect(desired.details.description).toContain("监督人：王建国");
    expect(desired.details.referenceAlias).toBe("周例会 11月30日 · 决议：双十二备货提前一周");
    expect(desired.details.referenceAlias).not.toContain("a1");
    expect(readKeyMarker(desired.details.referenceKey)).toBe("a1");
    expect(desired.fingerprint).toMatch(/^v1\.[0-9a-f]{16}\.[0-9a-f]{16}$/);
  });

  it("gives the same fingerprint for the same content, another one for any change", () => {
    const base = buildDesiredTask(buildAction("a1"), buildContext());
    expect(buildDesiredTask(buildAction("a1"), buildContext()).fingerprint).toBe(base.fingerprint);
    expect(buildDesiredTask(buildAction("a1", { standard: "另一个标准" }), buildContext()).fingerprint).not.toBe(
      base.fingerprint,
    );
    expect(buildDesiredTask(buildAction("a1"), buildContext({ assigneeId: "user-zhang" })).fingerprint).not.toBe(
      base.fingerprint,
    );
  });
});

describe("truncateTitle", () => {
  it("keeps short titles and cuts long ones at Planner's limit with an ellipsis", () => {
    expect(truncateTitle("完成周报")).toBe("完成周报");
    const long = truncateTitle("备".repeat(300));
    expect(long).toHaveLength(plannerTitleMaxLength);
    expect(long.endsWith("…")).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const title = truncateTitle("😀".repeat(200));
    expect(title.length).toBeLessThanOrEqual(plannerTitleMaxLength);
    expect(title.slice(0, -1)).toBe("😀".repeat(127));
  });

  it("falls back to a word for an empty what, since Planner requires a title", () => {
    expect(truncateTitle("   ")).toBe("行动项");
  });
});

describe("endOfDueDay", () => {
  it("is the last second of the day in the series' zone", () => {
    expect(endOfDueDay("2026-12-04", "Asia/Shanghai")).toBe("2026-12-04T15:59:59.000Z");
    expect(endOfDueDay("2026-12-04", "China Standard Time")).toBe("2026-12-04T15:59:59.000Z");
    expect(endOfDueDay("2026-07-03", "America/New_York")).toBe("2026-07-04T03:59:59.000Z");
    expect(endOfDueDay("2026-12-04", "UTC")).toBe("2026-12-04T23:59:59.000Z");
  });

  it("rejects a due date that is not YYYY-MM-DD", () => {
    expect(() => endOfDueDay("2026/12/04", "UTC")).toThrow(RangeError);
  });
});

describe("describeAction", () => {
  it("leaves out the decision and supervisor lines when there are none", () => {
    const text = describeAction(buildAction("a1", { standard: "" }), {
      decisionText: "",
      supervisorName: "",
      minutesUrl: "https://x.example/m",
    });
    expect(text).toBe("验收标准：—\n会议纪要：https://x.example/m");
  });
});

describe("reference keys and markers", () => {
  it("encodes %, '.', ':', '@' and '#' as plannerExternalReferences keys need", () => {
    expect(encodeReferenceKey("https://contoso.sharepoint.com/a%20b@c#d")).toBe(
      "https%3A//contoso%2Esharepoint%2Ecom/a%2520b%40c%23d",
    );
  });

  it("reads back the action id it put in the reference URL, and nothing from other references", () => {
    const minutesUrl = "https://teams.microsoft.com/l/entity/app/tab?context=%7B%22subEntityId%22%3A%22m%22%7D";
    for (const id of ["a1", "a 1#x", "决议.1:@%", "a&b=c"]) {
      const key = encodeReferenceKey(buildReferenceUrl(minutesUrl, id));
      expect(key).not.toMatch(/[.:@#]/);
      expect(readKeyMarker(key)).toBe(id);
    }
    expect(readKeyMarker(encodeReferenceKey(buildReferenceUrl("https://x.example/p#top", "a1")))).toBe("a1");
    expect(readKeyMarker(encodeReferenceKey(minutesUrl))).toBeUndefined();
    expect(readKeyMarker("https%3A//contoso%2Esharepoint%2Ecom/AnnualReport%2Epptx")).toBeUndefined();
    expect(readKeyMarker(encodeReferenceKey("https://x.example/#meetloop-action=%E0%A4%A"))).toBeUndefined();
  });

  it("still reads the marker earlier publishes wrote at the end of the alias", () => {
    expect(readMarker("会议纪要 · 2026-11-30 周例会 · #a%201%23x")).toBe("a 1#x");
    expect(readMarker("Agile Team Annual Report")).toBeUndefined();
    expect(readMarker("会议纪要 · x · #%E0%A4%A")).toBeUndefined();
  });

  it("titles the reference with the meeting, its day and the decision, readably", () => {
    expect(buildReferenceTitle("2026-12-07 周例会", { decision: "客服响应时长目标维持 30 秒", agendaItem: "x" })).toBe(
      "周例会 12月7日 · 决议：客服响应时长目标维持 30 秒",
    );
    expect(buildReferenceTitle("2026-12-07 周例会", { decision: " ", agendaItem: "各部门负责人汇报 · 李娜" })).toBe(
      "周例会 12月7日 · 议题：各部门负责人汇报 · 李娜",
    );
    expect(buildReferenceTitle("2026-12-07 周例会", { decision: "", agendaItem: "" })).toBe(
      "周例会 12月7日 · 会议纪要",
    );
    const long = buildReferenceTitle("2026-12-07 周例会", { decision: "长".repeat(200), agendaItem: "" });
    expect(Array.from(long.split("决议：")[1] ?? "")).toHaveLength(60);
    expect(long.endsWith("…")).toBe(true);
  });
});
