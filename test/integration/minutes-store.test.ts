// Minutes in the workspace against the Graph emulator over real HTTP, with two people editing the
// same minutes at once: edits of different items are both kept, the same field becomes a conflict
// that holds both values, published minutes are locked, and leave and confirmations round-trip.
// Authorship is SharePoint's: a confirmation or leave request another member writes through Graph
// in someone's name is shown as written on their behalf and not counted, and the minutes' versions
// give who changed what and when.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { openWorkspace } from "@/meeting/api/workspace";
import { attributeRecords, getMyObjectId, loadRecordDirectory } from "@/meeting/api/authorship";
import { getConfirmationKey, getLeaveKey } from "@/meeting/model/record-keys";
import type { StoredRecord, Workspace } from "@/meeting/api/workspace";
import {
  MinutesLockedError,
  confirmMinutes,
  listConfirmations,
  listLeaveRequests,
  listMinutesVersions,
  getMinutes,
  requestLeave,
  saveMinutes,
} from "@/features/minutes/api/minutes-store";
import { createMinutes } from "@/features/minutes/model/create-minutes";
import { addAction, setAttendance, setItemNotes } from "@/features/minutes/model/edit-minutes";
import { startAmendment } from "@/features/minutes/model/lifecycle";
import { summarizeConfirmations } from "@/features/minutes/model/confirmations";
import { applyLeaveRequests, listLeaveForReview } from "@/features/minutes/model/attendance";
import { describeMinutesHistory } from "@/features/minutes/model/minutes-changes";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { buildAction, buildAgendaItems, testPeople } from "@/features/minutes/testing/build-minutes";

const groupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";
const sunLi = "sun.li@yunzhan.example";
const wang = "wang.jianguo@yunzhan.example";
const liNa = "li.na@yunzhan.example";
const zhangMin = "zhang.min@yunzhan.example";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let noteTaker: GraphClient;
let host: GraphClient;
let ws: Workspace;
let chatCount = 0;

function connect(upn: string): GraphClient {
  return createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
    sleep: () => Promise.resolve(),
  });
}

/** A fresh series per test, so tests share nothing through the emulator. */
function nextChatId(): string {
  chatCount += 1;
  return `19:meeting_minutes-test-${chatCount}@thread.v2`;
}

const occurrenceKey = "2026-11-30T05:30:00.000Z";
const now = new Date("2026-11-30T06:00:00.000Z");

function buildFirstDraft(): MinutesRecord {
  return createMinutes({
    occurrence: {
      key: occurrenceKey,
      title: "周例会",
      start: new Date(occurrenceKey),
      end: new Date("2026-11-30T07:00:00.000Z"),
    },
    agendaItems: buildAgendaItems(),
    attendees: Object.values(testPeople),
    config: { noteTaker: sunLi },
    host: wang,
    by: sunLi,
    now,
  });
}

async function saveFirst(seriesId: string): Promise<StoredRecord<MinutesRecord>> {
  const first = buildFirstDraft();
  return (await saveMinutes(noteTaker, ws, seriesId, { base: first, stored: undefined, mine: first, by: sunLi, now }))
    .record;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  noteTaker = connect(sunLi);
  host = connect(wang);
  ws = await openWorkspace(noteTaker, { groupId });
});

afterAll(async () => {
  await emulator.close();
});

describe("minutes store", () => {
  it("keeps both people's edits of different items saved at the same time", async () => {
    const seriesId = nextChatId();
    const stored = await saveFirst(seriesId);
    const mine = addAction(setItemNotes(stored.value, "ops", "运营：GMV 同比 +12%"), buildAction({ id: "a-sun" }));
    const theirs = setAttendance(setItemNotes(stored.value, "service", "客服：差评率下降 20%"), testPeople.ops.upn, {
      status: "late",
      lateMinutes: 5,
    });

    const [a, b] = await Promise.all([
      saveMinutes(noteTaker, ws, seriesId, { base: stored.value, stored, mine, by: sunLi, now }),
      saveMinutes(host, ws, seriesId, { base: stored.value, stored, mine: theirs, by: wang, now }),
    ]);
    expect([...a.conflicts, ...b.conflicts]).toEqual([]);

    const latest = await getMinutes(host, ws, seriesId, occurrenceKey);
    expect(latest?.value.items.map((item) => item.notes)).toEqual(["", "运营：GMV 同比 +12%", "客服：差评率下降 20%"]);
    expect(latest?.value.actions.map((action) => action.id)).toEqual(["a-sun"]);
    expect(latest?.value.attendance[testPeople.ops.upn]).toEqual({ status: "late", lateMinutes: 5 });
  });

  it("reports the same field edited by both as a conflict, losing neither value", async () => {
    const seriesId = nextChatId();
    const stored = await saveFirst(seriesId);
    const first = await saveMinutes(host, ws, seriesId, {
      base: stored.value,
      stored,
      mine: setItemNotes(stored.value, "ops", "王总：下周上线"),
      by: wang,
      now,
    });
    expect(first.conflicts).toEqual([]);

    // The note-taker still holds the record as first read: its etag is stale now.
    const second = await saveMinutes(noteTaker, ws, seriesId, {
      base: stored.value,
      stored,
      mine: setItemNotes(stored.value, "ops", "孙丽：两周内上线"),
      by: sunLi,
      now,
    });
    expect(second.conflicts).toEqual([
      { path: ["items", "ops", "notes"], mine: "孙丽：两周内上线", theirs: "王总：下周上线" },
    ]);
    expect(second.record.value.items[1]?.notes).toBe("王总：下周上线");
    expect(second.record.value.updatedBy).toBe(sunLi);
    expect((await getMinutes(noteTaker, ws, seriesId, occurrenceKey))?.etag).toBe(second.record.etag);
  });

  it("merges when both create the minutes at once", async () => {
    const seriesId = nextChatId();
    const first = buildFirstDraft();
    const [a, b] = await Promise.all([
      saveMinutes(noteTaker, ws, seriesId, {
        base: first,
        stored: undefined,
        mine: setItemNotes(first, "review", "上周决议均已完成"),
        by: sunLi,
        now,
      }),
      saveMinutes(host, ws, seriesId, {
        base: first,
        stored: undefined,
        mine: setItemNotes(first, "ops", "运营汇报"),
        by: wang,
        now,
      }),
    ]);
    expect([...a.conflicts, ...b.conflicts]).toEqual([]);
    const latest = await getMinutes(host, ws, seriesId, occurrenceKey);
    expect(latest?.value.items.map((item) => item.notes)).toEqual(["上周决议均已完成", "运营汇报", ""]);
  });

  it("locks published minutes against a stale draft and lets an amendment through", async () => {
    const seriesId = nextChatId();
    const stored = await saveFirst(seriesId);
    const published = await saveMinutes(host, ws, seriesId, {
      base: stored.value,
      stored,
      mine: { ...stored.value, status: "published" },
      by: wang,
      now,
    });
    const stale = saveMinutes(noteTaker, ws, seriesId, {
      base: stored.value,
      stored,
      mine: setItemNotes(stored.value, "ops", "晚到的修改"),
      by: sunLi,
      now,
    });
    await expect(stale).rejects.toBeInstanceOf(MinutesLockedError);

    const amended = startAmendment(published.record.value, sunLi, now);
    const saved = await saveMinutes(noteTaker, ws, seriesId, {
      base: published.record.value,
      stored: published.record,
      mine: setItemNotes(amended, "ops", "修订"),
      by: sunLi,
      now,
    });
    expect(saved.record.value).toMatchObject({ status: "draft", version: 2 });
    expect(saved.record.value.history.map((h) => h.version)).toEqual([1]);
  });

  it("records leave before and after the cut-off, and confirmations per version", async () => {
    const seriesId = nextChatId();
    const config = { attendance: { leaveCutoffHours: 24, lateness: { kind: "none" as const } } };
    await requestLeave(
      noteTaker,
      ws,
      seriesId,
      occurrenceKey,
      "Sun.Li@yunzhan.example",
      "外出拜访客户",
      new Date("2026-11-27T01:00:00.000Z"),
      config,
      "Asia/Shanghai",
    );
    await requestLeave(
      host,
      ws,
      seriesId,
      occurrenceKey,
      wang,
      "临时出差",
      new Date("2026-11-30T01:00:00.000Z"),
      config,
      "Asia/Shanghai",
    );
    // Rewording later keeps the first request's time.
    await requestLeave(
      noteTaker,
      ws,
      seriesId,
      occurrenceKey,
      sunLi,
      "外出拜访重要客户",
      new Date("2026-11-30T05:00:00.000Z"),
      config,
      "Asia/Shanghai",
    );
    const leave = await listLeaveRequests(host, ws, seriesId, occurrenceKey);
    expect(leave.map(({ value: r }) => [r.upn, r.reason, r.isLate])).toEqual([
      [sunLi, "外出拜访重要客户", false],
      [wang, "临时出差", true],
    ]);

    await confirmMinutes(noteTaker, ws, seriesId, occurrenceKey, sunLi, 2);
    await confirmMinutes(noteTaker, ws, seriesId, occurrenceKey, sunLi, 1);
    await confirmMinutes(host, ws, seriesId, occurrenceKey, wang, 1);
    const confirmations = await listConfirmations(host, ws, seriesId, occurrenceKey);
    expect(confirmations.map(({ value: c }) => [c.upn, c.version])).toEqual([
      [sunLi, 2],
      [wang, 1],
    ]);
  });
});

/** What any member can do without the app: write a list item straight through Graph, in anyone's name. */
async function writeThroughGraph(
  client: GraphClient,
  list: "confirmations" | "attendance",
  fields: Record<string, string | number>,
): Promise<void> {
  await client.post(`/sites/${ws.siteId}/lists/${ws.lists[list]}/items`, { fields }, { operation: "createListItem" });
}

describe("authorship", () => {
  it("does not count a confirmation another member wrote in someone's name, until they confirm themselves", async () => {
    const seriesId = nextChatId();
    const forger = connect(liNa);
    await writeThroughGraph(forger, "confirmations", {
      Title: `确认 v1 · ${zhangMin}`,
      RecordKey: getConfirmationKey(seriesId, occurrenceKey, zhangMin),
      SeriesId: seriesId,
      OccurrenceKey: occurrenceKey,
      Owner: zhangMin,
      Payload: JSON.stringify({ schemaVersion: 1, upn: zhangMin, version: 1, confirmedAt: now.toISOString() }),
      SchemaVersion: 1,
    });
    await confirmMinutes(noteTaker, ws, seriesId, occurrenceKey, sunLi, 1, now, {
      author: await getMyObjectId(noteTaker),
    });

    const read = async () => {
      const records = await listConfirmations(host, ws, seriesId, occurrenceKey);
      const attributed = attributeRecords(records, (c) => c.upn, await loadRecordDirectory(host, ws.groupId, records));
      return summarizeConfirmations(Object.values(testPeople), attributed, 1);
    };
    const forged = await read();
    expect(forged).toMatchObject({ done: 1, total: 4, notCounted: 1 });
    expect(forged.rows.find((row) => row.person.upn === zhangMin)).toMatchObject({
      isCurrent: false,
      notCounted: { reason: "onBehalf", by: "李娜", version: 1 },
    });
    expect(forged.rows.find((row) => row.person.upn === sunLi)).toMatchObject({ isCurrent: true });

    // 张敏 confirms herself: the same value, written again under her name, now counts.
    const zhang = connect(zhangMin);
    await confirmMinutes(zhang, ws, seriesId, occurrenceKey, zhangMin, 1, now, { author: await getMyObjectId(zhang) });
    const own = await read();
    expect(own).toMatchObject({ done: 2, notCounted: 0 });
  });

  it("leaves a leave request written in someone's name for the note-taker to decide on", async () => {
    const seriesId = nextChatId();
    await writeThroughGraph(connect(liNa), "attendance", {
      Title: `请假 · ${zhangMin}`,
      RecordKey: getLeaveKey(seriesId, occurrenceKey, zhangMin),
      SeriesId: seriesId,
      OccurrenceKey: occurrenceKey,
      Owner: zhangMin,
      Payload: JSON.stringify({
        schemaVersion: 1,
        upn: zhangMin,
        reason: "替她请个假",
        requestedAt: "2026-11-27T00:00:00.000Z",
        isLate: false,
      }),
      SchemaVersion: 1,
    });
    const records = await listLeaveRequests(noteTaker, ws, seriesId, occurrenceKey);
    const attributed = attributeRecords(
      records,
      (r) => r.upn,
      await loadRecordDirectory(noteTaker, ws.groupId, records),
    );
    const draft = buildFirstDraft();
    expect(applyLeaveRequests(draft, attributed).attendance[zhangMin]).toBeUndefined();
    expect(listLeaveForReview(draft, attributed).map((r) => [r.value.reason, r.authorship])).toEqual([
      [
        "替她请个假",
        { kind: "onBehalf", by: { id: expect.any(String) as unknown, displayName: "李娜" }, change: "created" },
      ],
    ]);
  });

  it("tells from the minutes' versions who changed what and when", async () => {
    const seriesId = nextChatId();
    const stored = await saveFirst(seriesId);
    const edited = await saveMinutes(host, ws, seriesId, {
      base: stored.value,
      stored,
      mine: setAttendance(addAction(stored.value, buildAction({ id: "a-1" })), testPeople.service.upn, {
        status: "absent",
      }),
      by: wang,
      now,
    });
    await saveMinutes(noteTaker, ws, seriesId, {
      base: edited.record.value,
      stored: edited.record,
      mine: { ...edited.record.value, status: "published" },
      by: sunLi,
      now,
    });
    const history = describeMinutesHistory(await listMinutesVersions(host, ws, stored));
    expect(history.isTrimmed).toBe(false);
    expect(history.entries.map((e) => [e.id, e.modifiedBy?.displayName, e.changes])).toEqual([
      ["3.0", "孙丽", [{ kind: "published", version: 1 }]],
      [
        "2.0",
        "王建国",
        [
          { kind: "attendance", entries: [{ upn: zhangMin, name: "张敏", status: "absent" }] },
          { kind: "actionsAdded", count: 1 },
        ],
      ],
      ["1.0", "孙丽", [{ kind: "created" }]],
    ]);
  });
});
