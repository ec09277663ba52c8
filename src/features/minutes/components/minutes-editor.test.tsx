import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildDraftKey } from "@/lib/drafts";
import { GraphRequestError } from "@/lib/graph";
import type { SaveMinutesRequest, SaveMinutesResult } from "../api/minutes-store";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { buildOnBehalf, buildOwn, testWriters } from "@/meeting/testing/build-attributed";
import {
  buildAction,
  buildAgendaItems,
  buildHelpRequest,
  buildLeaveRequest,
  buildMinutes,
  buildStoredMinutes,
  testChatId,
  testOccurrenceKey,
  testPeople,
} from "../testing/build-minutes";
import { renderWithProviders } from "../testing/render-with-providers";
import { stubResizeObserver } from "@/lib/testing/stub-resize-observer";
import { MinutesEditor } from "./minutes-editor";
import type { MinutesEditorProps } from "./minutes-editor";

let draftCount = 0;

/** Stores what it is given, as the workspace would, with a new etag each time. */
function createSaveStub(extra: Partial<SaveMinutesResult> = {}) {
  let count = 1;
  return vi.fn((request: SaveMinutesRequest): Promise<SaveMinutesResult> => {
    count += 1;
    return Promise.resolve({ record: buildStoredMinutes(request.mine, `"etag-${count}"`), conflicts: [], ...extra });
  });
}

function buildProps(overrides: Partial<MinutesEditorProps> = {}): MinutesEditorProps {
  draftCount += 1;
  const initial = buildMinutes();
  let ids = 0;
  return {
    draftKey: buildDraftKey({
      kind: "minutes",
      seriesId: testChatId,
      occurrenceKey: testOccurrenceKey,
      userId: `user-${draftCount}`,
    }),
    stored: buildStoredMinutes(initial),
    initial,
    agendaItems: buildAgendaItems(),
    people: {
      attendees: [
        { ...testPeople.host, department: "总经办" },
        { ...testPeople.noteTaker, department: "行政人事部" },
        { ...testPeople.ops, department: "运营部" },
        { ...testPeople.service, department: "客服部" },
      ],
      others: [{ upn: "zhao.lei@yunzhan.example", name: "赵磊" }],
    },
    helpRequests: [],
    lateness: { kind: "perMinute", amount: 10 },
    timeZone: "Asia/Shanghai",
    me: testPeople.noteTaker.upn,
    save: createSaveStub(),
    onPublish: () => Promise.resolve(),
    publishState: { phase: "idle" },
    autosaveMs: 30,
    createId: () => {
      ids += 1;
      return `id-${ids}`;
    },
    now: () => new Date("2026-11-30T06:00:00.000Z"),
    ...overrides,
  };
}

async function renderEditor(overrides: Partial<MinutesEditorProps> = {}) {
  const props = buildProps(overrides);
  const view = await renderWithProviders(<MinutesEditor {...props} />);
  await screen.findByRole("article", { name: "会议纪要" });
  return { ...view, props };
}

const scrollIntoView = vi.fn();
beforeAll(() => {
  stubResizeObserver();
  // jsdom does no layout; the editor scrolls a blocked publish's first missing field into view.
  Element.prototype.scrollIntoView = scrollIntoView;
});
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(() => {
  cleanup();
});

describe("MinutesEditor", () => {
  it("marks a person late and shows the series' penalty", async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.selectOptions(screen.getByRole("combobox", { name: "李娜 的出席状态" }), "迟到");
    const minutesLate = screen.getByRole("spinbutton", { name: "李娜 迟到分钟数" });
    await user.clear(minutesLate);
    await user.type(minutesLate, "5");
    const row = screen.getByRole("row", { name: /李娜/ });
    expect(within(row).getByText("50 元")).toBeInTheDocument();
    expect(screen.getByText("迟到罚款：每分钟 10 元")).toBeInTheDocument();
    expect(screen.getByText(/迟到 1 · 请假 0/)).toBeInTheDocument();
  });

  it("saves typed notes to the workspace after a pause, keeping the stored etag", async () => {
    const user = userEvent.setup();
    const save = createSaveStub();
    const { props } = await renderEditor({ save });
    // One change, then the pause: typed key by key, a busy machine can pause long enough between
    // two keys to save part of the text (under a newer etag) first.
    await user.click(screen.getByRole("textbox", { name: "运营部汇报 的记录" }));
    await user.paste("GMV 同比 +12%");
    await waitFor(() => {
      expect(save).toHaveBeenCalled();
    });
    const request = save.mock.calls.at(-1)?.[0];
    expect(request?.stored?.etag).toBe(props.stored?.etag);
    expect(request?.mine.items[1]?.notes).toBe("GMV 同比 +12%");
    expect(request?.by).toBe(testPeople.noteTaker.upn);
    await screen.findByText(/已保存到工作区/);
  });

  it("turns a help-needed request into an action item in one click", async () => {
    const user = userEvent.setup();
    await renderEditor({ helpRequests: [buildHelpRequest()] });
    await user.click(screen.getByRole("button", { name: "转为行动项：协助整理双十一售后问题清单" }));
    const ops = screen.getByRole("region", { name: "运营部汇报" });
    const action = within(ops).getByRole("group", { name: "行动项一" });
    expect(within(action).getByRole("textbox", { name: "行动内容" })).toHaveValue("协助整理双十一售后问题清单");
    expect(within(action).getByRole("combobox", { name: "责任人" })).toHaveValue("张敏");
    expect(within(action).getByRole("button", { name: "展开责任人列表" })).toBeInTheDocument();
    expect(within(action).queryByRole("button", { name: /Open/ })).not.toBeInTheDocument();
    expect(within(action).getByRole("button", { name: "删除这个行动项" })).toBeInTheDocument();
    expect(within(action).getByText("来自 李娜 的汇报")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "转为行动项：协助整理双十一售后问题清单" })).toBeDisabled();
  });

  it("blocks publishing until every action has owner, due date and standard, naming each field", async () => {
    const user = userEvent.setup();
    const onPublish = vi.fn(() => Promise.resolve());
    await renderEditor({ onPublish });
    const ops = screen.getByRole("region", { name: "运营部汇报" });
    await user.click(within(ops).getByRole("button", { name: "添加行动项" }));
    await user.click(screen.getByRole("button", { name: "发布纪要" }));
    expect(onPublish).not.toHaveBeenCalled();
    expect(screen.getByText(/有 4 处需要补充后才能发布/)).toBeInTheDocument();
    for (const message of ["请填写行动内容", "请选择责任人", "请填写完成时间", "请填写验收标准"])
      expect(screen.getByText(message)).toBeInTheDocument();
    const what = within(ops).getByRole("textbox", { name: "行动内容" });
    await waitFor(() => {
      expect(what).toHaveFocus();
    });
    expect(scrollIntoView).toHaveBeenCalled();
  });

  it("links a new action to the item's latest decision, and lets the note-taker choose", async () => {
    const user = userEvent.setup();
    const save = createSaveStub();
    await renderEditor({ save });
    const ops = screen.getByRole("region", { name: "运营部汇报" });
    await user.click(within(ops).getByRole("button", { name: "添加决议" }));
    await user.click(within(ops).getByRole("textbox", { name: "决议一" }));
    await user.paste("退货流程改版");
    await user.click(within(ops).getByRole("button", { name: "添加决议" }));
    await user.click(within(ops).getByRole("textbox", { name: "决议二" }));
    await user.paste("客服话术更新");
    await user.click(within(ops).getByRole("button", { name: "添加行动项" }));
    const source = within(within(ops).getByRole("group", { name: "行动项一" })).getByRole("combobox", {
      name: "所属决议",
    });
    expect(source).toHaveDisplayValue("决议二：客服话术更新");
    await user.selectOptions(source, "决议一：退货流程改版");
    await waitFor(() => {
      expect(save.mock.calls.at(-1)?.[0].mine.actions[0]?.decisionId).toBe("id-1");
    });
    await user.selectOptions(source, "不属于决议，归入议程项：运营部汇报");
    await waitFor(() => {
      expect(save.mock.calls.at(-1)?.[0].mine.actions[0]).not.toHaveProperty("decisionId");
    });
  });

  it("saves, then hands the saved minutes to onPublish", async () => {
    const user = userEvent.setup();
    const onPublish = vi.fn<(minutes: MinutesRecord) => Promise<void>>(() => Promise.resolve());
    const save = createSaveStub();
    const initial = buildMinutes({ actions: [buildAction()] });
    await renderEditor({ onPublish, save, initial, stored: buildStoredMinutes(initial), autosaveMs: 60_000 });
    await user.click(screen.getByRole("textbox", { name: "客服部汇报 的记录" }));
    await user.paste("差评率下降");
    await user.click(screen.getByRole("button", { name: "发布纪要" }));
    await waitFor(() => {
      expect(onPublish).toHaveBeenCalledTimes(1);
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(onPublish.mock.calls[0]?.[0].items[2]?.notes).toBe("差评率下降");
  });

  it("shows publishing progress and a failure with retry", async () => {
    const user = userEvent.setup();
    const onPublish = vi.fn(() => Promise.resolve());
    const initial = buildMinutes({ actions: [buildAction()] });
    const { rerenderWith, props } = await renderEditor({
      onPublish,
      initial,
      stored: buildStoredMinutes(initial),
      publishState: { phase: "running", step: "创建 Planner 任务" },
    });
    expect(screen.getByText("正在发布：创建 Planner 任务")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "发布纪要" })).toBeDisabled();
    rerenderWith(<MinutesEditor {...props} publishState={{ phase: "failed", error: new Error("Planner 503") }} />);
    const alert = screen.getByRole("alert");
    expect(within(alert).getByText(/发布失败/)).toBeInTheDocument();
    await user.click(within(alert).getByRole("button", { name: "重试" }));
    await waitFor(() => {
      expect(onPublish).toHaveBeenCalledTimes(1);
    });
  });

  it("says which Planner limit stopped the publish and what to do, in both languages", async () => {
    const initial = buildMinutes({ actions: [buildAction()] });
    const error = new GraphRequestError({
      status: 403,
      code: "MaximumBucketsInProject",
      message: "The plan already has 200 buckets.",
    });
    const props = { initial, stored: buildStoredMinutes(initial), publishState: { phase: "failed", error } as const };
    await renderEditor(props);
    const alert = screen.getByRole("alert");
    expect(within(alert).getByText(/已达到分组数量上限/)).toBeInTheDocument();
    expect(within(alert).getByRole("button", { name: "重试" })).toBeInTheDocument();
    cleanup();
    await renderWithProviders(<MinutesEditor {...buildProps(props)} />, { locale: "en-US" });
    expect(await screen.findByText(/holds as many buckets as Planner allows/)).toBeInTheDocument();
  });

  it("tells the note-taker which duplicate tasks were removed and which need a decision", async () => {
    const initial = buildMinutes({ actions: [buildAction()] });
    const [action] = initial.actions;
    await renderEditor({
      initial,
      stored: buildStoredMinutes(initial),
      publishState: { phase: "done", version: 1, removedCopies: 2, touchedCopies: [action?.id ?? ""] },
    });
    expect(screen.getByText(/另已删除 2 个重复且未开始处理的 Planner 任务/)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`请与责任人确认后只保留一个：${action?.what ?? "?"}`))).toBeInTheDocument();
  });

  it("tells the note-taker of a card copy in the chat only its sender can delete", async () => {
    const initial = buildMinutes();
    await renderEditor({
      initial,
      stored: buildStoredMinutes(initial),
      publishState: { phase: "done", version: 1, leftCardCopies: ["王建国"] },
    });
    expect(screen.getByText(/还有 1 张重复的纪要卡片，由 王建国 发出/)).toBeInTheDocument();
  });

  it("shows a conflict with both versions and puts mine back on request", async () => {
    const user = userEvent.setup();
    const save = vi.fn((request: SaveMinutesRequest): Promise<SaveMinutesResult> => {
      const theirs = {
        ...request.mine,
        items: request.mine.items.map((i) => (i.id === "ops" ? { ...i, notes: "王总的记录" } : i)),
      };
      return Promise.resolve({
        record: buildStoredMinutes(theirs, '"etag-9"'),
        conflicts: [{ path: ["items", "ops", "notes"], mine: "我的记录", theirs: "王总的记录" }],
      });
    });
    await renderEditor({ save });
    const notes = screen.getByRole("textbox", { name: "运营部汇报 的记录" });
    // In one change: a save between two keystrokes would bring the conflict in mid-word.
    await user.click(notes);
    await user.paste("我的记录");
    const conflict = await screen.findByRole("listitem", { name: "运营部汇报 · 记录" });
    expect(within(conflict).getByText("我的记录")).toBeInTheDocument();
    expect(within(conflict).getByText("王总的记录")).toBeInTheDocument();
    expect(notes).toHaveValue("王总的记录");
    await user.click(within(conflict).getByRole("button", { name: "保留我的" }));
    expect(notes).toHaveValue("我的记录");
    expect(screen.queryByRole("listitem", { name: "运营部汇报 · 记录" })).not.toBeInTheDocument();
  });

  it("claims no unsaved changes on a first open, nor once the minutes come back published", async () => {
    const { rerenderWith, props } = await renderEditor({ stored: null });
    expect(screen.queryByText(/有未保存的修改/)).not.toBeInTheDocument();
    const published = buildMinutes({
      status: "published",
      published: { version: 1, at: "2026-11-30T08:00:00.000Z", by: testPeople.noteTaker.upn, planner: {} },
      updatedAt: "2026-11-30T08:00:00.000Z",
    });
    rerenderWith(<MinutesEditor {...props} stored={buildStoredMinutes(published, '"etag-9"')} />);
    expect(await screen.findByText("已发布")).toBeInTheDocument();
    expect(screen.queryByText(/有未保存的修改/)).not.toBeInTheDocument();
  });

  it("is read-only once published, and an amendment starts the next version", async () => {
    const user = userEvent.setup();
    const published = buildMinutes({
      status: "published",
      published: { version: 1, at: "2026-11-30T08:00:00.000Z", by: testPeople.noteTaker.upn, planner: {} },
    });
    await renderEditor({ initial: published, stored: buildStoredMinutes(published) });
    expect(screen.getByText("纪要已发布，内容已锁定。")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "运营部汇报 的记录" })).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "发布纪要" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "修订纪要" }));
    expect(screen.getByText("第 2 版")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "运营部汇报 的记录" })).not.toHaveAttribute("readonly");
    expect(screen.getByRole("button", { name: "发布修订版" })).toBeInTheDocument();
  });

  it("records leave requests as they arrive, flagging late notice", async () => {
    await renderEditor({ leaveRequests: [buildOwn(buildLeaveRequest({ isLate: true }))] });
    expect(await screen.findByText("请假未提前申请")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "张敏 的出席状态" })).toHaveValue("leave");
    expect(screen.getByText("请假事由：外出拜访客户")).toBeInTheDocument();
  });

  it("shows leave someone else asked for, and records it only when the note-taker says so", async () => {
    const user = userEvent.setup();
    await renderEditor({ leaveRequests: [buildOnBehalf(buildLeaveRequest(), testWriters.gm)] });
    expect(await screen.findByText("王建国 代为提交了请假（事由：外出拜访客户），尚未记入出勤")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "张敏 的出席状态" })).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "将 张敏 记为请假" }));
    expect(screen.getByRole("combobox", { name: "张敏 的出席状态" })).toHaveValue("leave");
    expect(screen.getByText("由 王建国 代为请假")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "将 张敏 记为请假" })).not.toBeInTheDocument();
  });

  it("speaks English in en-US", async () => {
    await renderWithProviders(<MinutesEditor {...buildProps()} />, { locale: "en-US" });
    expect(await screen.findByRole("article", { name: "Meeting minutes" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Publish minutes" })).toBeInTheDocument();
  });
});
