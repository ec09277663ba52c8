import { describe, expect, it } from "vitest";
import { buildOwn } from "@/meeting/testing/build-attributed";
import { buildAgendaItems, buildLeaveRequest, testOccurrenceKey, testPeople } from "../testing/build-minutes";
import { createMinutes } from "./create-minutes";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";

describe("createMinutes", () => {
  it("builds a valid draft from the occurrence, agenda, attendees and leave", () => {
    const minutes = createMinutes({
      occurrence: {
        key: testOccurrenceKey,
        title: "周例会",
        start: new Date(testOccurrenceKey),
        end: new Date("2026-11-30T07:00:00.000Z"),
        joinUrl: "https://teams.example/join",
      },
      agendaItems: buildAgendaItems(),
      attendees: [testPeople.host, { upn: "Li.Na@yunzhan.example", name: "李娜" }, testPeople.ops, testPeople.service],
      config: { noteTaker: testPeople.noteTaker.upn },
      host: testPeople.host.upn,
      leaveRequests: [buildOwn(buildLeaveRequest())],
      by: testPeople.noteTaker.upn,
      now: new Date("2026-11-30T05:00:00.000Z"),
    });
    expect(minutesRecordSchema.safeParse(minutes).success).toBe(true);
    expect(minutes).toMatchObject({
      status: "draft",
      version: 1,
      meetingTitle: "周例会",
      host: testPeople.host.upn,
      noteTaker: testPeople.noteTaker.upn,
      actions: [],
      history: [],
    });
    expect(minutes.attendees.map((p) => p.upn)).toEqual([
      testPeople.host.upn,
      testPeople.ops.upn,
      testPeople.service.upn,
    ]);
    expect(minutes.items.map((i) => [i.id, i.title, i.notes])).toEqual([
      ["review", "上次会议决议执行情况", ""],
      ["ops", "运营部汇报 · 李娜", ""],
      ["service", "客服部汇报 · 张敏", ""],
    ]);
    expect(Object.keys(minutes.attendance)).toEqual([testPeople.service.upn]);
  });
});
