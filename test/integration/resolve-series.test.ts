// Resolving meetings from their chats, over real HTTP against the Graph emulator: 周例会 as two
// attendees, and the one-off 双十一复盘专题会 (16:00 in Shanghai) as its Berlin attendee.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import { resolveSeries, SeriesError } from "@/features/series/api/resolve-series";
import { locateOccurrences } from "@/features/series/model/occurrences";
import { formatDay, formatInZones } from "@/lib/time/format-when";
import { getWallClock } from "@/lib/time/zoned-time";
import { getSeriesReportDue } from "@/meeting/model/series-config/deadlines";
import { findChatByTopic, findUserByDepartment, getTenant } from "../support/emulator-admin";
import type { Tenant } from "../support/emulator-admin";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let tenant: Tenant;

function createClientAs(upn: string) {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
  });
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  tenant = await getTenant(emulator.url);
});

afterAll(async () => {
  await emulator.close();
});

describe("resolveSeries", () => {
  it("finds the weekly series with its moved and cancelled occurrences for two attendees", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const now = new Date();
    const results = await Promise.all(
      [findUserByDepartment(tenant, /运营/), findUserByDepartment(tenant, /客服/)].map((u) =>
        resolveSeries(createClientAs(u.userPrincipalName), chat.id, now),
      ),
    );
    const [ops, cs] = results;
    if (!ops || !cs) throw new Error("both attendees resolve");
    expect(ops.masterEventId).not.toBe(cs.masterEventId);
    expect(ops.recurrence).toEqual({ kind: "weekly", interval: 1, days: ["monday"] });
    expect(ops.title).toBe("周例会");
    for (const series of results) {
      const moved = series.occurrences.filter((o) => o.status === "moved");
      const cancelled = series.occurrences.filter((o) => o.status === "cancelled");
      expect(moved).toHaveLength(1);
      expect(cancelled).toHaveLength(1);
      expect(moved[0]?.start.getTime()).not.toBe(moved[0]?.originalStart.getTime());
      expect(moved[0]?.originalStart.getUTCDay()).toBe(1);
      expect(cancelled[0]?.eventId).toBeUndefined();
      const position = locateOccurrences(series.occurrences, now);
      expect(position.upcoming.some((o) => o.status === "cancelled")).toBe(true);
    }
    expect(ops.occurrences.map((o) => o.key)).toEqual(cs.occurrences.map((o) => o.key));
  });

  it("says plainly when a chat is not a meeting or the user is not invited", async () => {
    const chat = findChatByTopic(tenant, "周例会");
    const memberIds = new Set(chat.memberIds);
    const outsider = tenant.users.find((u) => !memberIds.has(u.id));
    if (!outsider) throw new Error("the scenario has a user outside 周例会");
    await expect(resolveSeries(createClientAs(outsider.userPrincipalName), chat.id, new Date())).rejects.toMatchObject({
      kind: "noAccess",
    });
    const ops = findUserByDepartment(tenant, /运营/);
    await expect(
      resolveSeries(createClientAs(ops.userPrincipalName), "19:missing@thread.v2", new Date()),
    ).rejects.toBeInstanceOf(SeriesError);
    await expect(
      resolveSeries(createClientAs(ops.userPrincipalName), "19:missing@thread.v2", new Date()),
    ).rejects.toMatchObject({
      kind: "chatNotFound",
    });
  });

  it("gives a Berlin attendee the Shanghai meeting's own times: 16:00, reports due 11:00, both in China Standard Time", async () => {
    const chat = findChatByTopic(tenant, "双十一复盘专题会");
    const berliner = tenant.users.find((u) => u.userPrincipalName === "jonas.weber@yunzhan.example");
    if (!berliner) throw new Error("the scenario has a Berlin attendee");
    const now = new Date();
    const [inBerlin, inShanghai] = await Promise.all(
      [berliner.userPrincipalName, "li.na@yunzhan.example"].map((upn) =>
        resolveSeries(createClientAs(upn), chat.id, now),
      ),
    );
    if (!inBerlin || !inShanghai) throw new Error("both resolve");
    expect(inBerlin.recurrence).toEqual({ kind: "once" });
    expect(inBerlin.timeZone).toBe("Asia/Shanghai");
    expect(inBerlin.unknownTimeZone).toBeUndefined();
    const [meeting] = inBerlin.occurrences;
    if (!meeting) throw new Error("the meeting has its occurrence");
    expect(meeting.start).toEqual(inShanghai.occurrences[0]?.start);
    expect(getWallClock(meeting.start, inBerlin.timeZone)).toMatchObject({ hour: 16, minute: 0 });

    // The series is configured with reports due on the meeting's day at 11:00 (docs/domain.md §4).
    const due = getSeriesReportDue(
      meeting.start,
      { reportDue: { workingDaysBefore: 0, time: "11:00" } },
      inBerlin.timeZone,
    );
    expect(due).toEqual(
      getSeriesReportDue(meeting.start, { reportDue: { workingDaysBefore: 0, time: "11:00" } }, inShanghai.timeZone),
    );
    expect(getWallClock(due, "Asia/Shanghai")).toMatchObject({ hour: 11, minute: 0 });
    expect(meeting.start.getTime() - due.getTime()).toBe(5 * 3_600_000);

    const berlin = { locale: "zh-CN", timeZone: "Europe/Berlin" };
    const shanghai = { locale: "zh-CN", timeZone: "Asia/Shanghai" };
    const shown = (instant: Date) =>
      formatInZones(instant, berlin, inBerlin.timeZone, (clock) => formatDay(instant, clock));
    expect(formatDay(meeting.start, shanghai)).toMatch(/ 16:00$/);
    expect(formatDay(due, shanghai)).toMatch(/ 11:00$/);
    expect(shown(meeting.start)).toBe(
      `${formatDay(meeting.start, shanghai)} 中国标准时间（你的时间 ${formatDay(meeting.start, berlin)}）`,
    );
    expect(shown(due)).toBe(`${formatDay(due, shanghai)} 中国标准时间（你的时间 ${formatDay(due, berlin)}）`);
  });

  it("resolves the Korea Standard Time series on Seoul's clock for an attendee in Shanghai", async () => {
    const chat = findChatByTopic(tenant, "韩国供应商周会");
    const series = await resolveSeries(createClientAs("zhao.lei@yunzhan.example"), chat.id, new Date());
    expect(series.timeZone).toBe("Asia/Seoul");
    expect(series.recurrence).toEqual({ kind: "weekly", interval: 1, days: ["thursday"] });
    for (const occurrence of series.occurrences)
      expect(getWallClock(occurrence.start, "Asia/Seoul")).toMatchObject({ hour: 10, minute: 0 });
  });
});
