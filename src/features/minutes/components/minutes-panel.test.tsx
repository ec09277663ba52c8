import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildDraftKey } from "@/lib/drafts";
import type { SaveMinutesRequest, SaveMinutesResult } from "../api/minutes-store";
import {
  buildAgendaItems,
  buildMinutes,
  buildStoredMinutes,
  testChatId,
  testOccurrenceKey,
  testPeople,
} from "../testing/build-minutes";
import { renderWithProviders } from "../testing/render-with-providers";
import { stubResizeObserver } from "@/lib/testing/stub-resize-observer";
import { MinutesPanel } from "./minutes-panel";
import type { MinutesPanelProps } from "./minutes-panel";

beforeAll(stubResizeObserver);
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(() => {
  cleanup();
});

let draftCount = 0;

function buildProps(overrides: Partial<MinutesPanelProps> = {}): MinutesPanelProps {
  draftCount += 1;
  // The meeting started 20 minutes ago: the schedule is in its second item (15 + 10 min).
  const initial = buildMinutes({ start: new Date(Date.now() - 20 * 60_000).toISOString() });
  let ids = 0;
  return {
    draftKey: buildDraftKey({
      kind: "minutes",
      seriesId: testChatId,
      occurrenceKey: testOccurrenceKey,
      userId: `panel-${draftCount}`,
    }),
    stored: buildStoredMinutes(initial),
    initial,
    agendaItems: buildAgendaItems(),
    me: testPeople.noteTaker.upn,
    timeZone: "Asia/Shanghai",
    save: vi.fn((request: SaveMinutesRequest): Promise<SaveMinutesResult> =>
      Promise.resolve({ record: buildStoredMinutes(request.mine, '"etag-2"'), conflicts: [] }),
    ),
    autosaveMs: 20,
    createId: () => {
      ids += 1;
      return `q-${ids}`;
    },
    ...overrides,
  };
}

describe("MinutesPanel", () => {
  it("shows the scheduled item with its time left, and moves on when told", async () => {
    const user = userEvent.setup();
    await renderWithProviders(<MinutesPanel {...buildProps()} />);
    expect(await screen.findByRole("heading", { name: "运营部汇报" })).toBeInTheDocument();
    expect(screen.getByRole("timer")).toHaveTextContent(/^剩余 0[45]:\d\d$/);
    await user.click(screen.getByRole("button", { name: "下一项" }));
    expect(screen.getByRole("heading", { name: "客服部汇报" })).toBeInTheDocument();
    expect(screen.getByRole("timer")).toHaveTextContent(/^剩余 (10:00|09:5\d)$/);
  });

  it("shows overtime once the last box has run out", async () => {
    const initial = buildMinutes({ start: new Date(Date.now() - 40 * 60_000).toISOString() });
    await renderWithProviders(<MinutesPanel {...buildProps({ initial, stored: buildStoredMinutes(initial) })} />);
    expect(await screen.findByRole("timer")).toHaveTextContent(/^已超时 0[45]:\d\d$/);
  });

  it("adds a quick decision and action to the current item and marks attendance, then saves", async () => {
    const user = userEvent.setup();
    const props = buildProps();
    await renderWithProviders(<MinutesPanel {...props} />);
    await user.click(await screen.findByRole("textbox", { name: "快速添加决议" }));
    await user.paste("下周上线新退货流程");
    await user.keyboard("{Enter}");
    await user.click(screen.getByRole("textbox", { name: "快速添加行动项" }));
    await user.paste("整理退货原因");
    await user.click(screen.getByRole("button", { name: "添加 快速添加行动项" }));
    await user.click(
      within(screen.getByRole("group", { name: "李娜 的出席状态" })).getByRole("button", { name: "迟到" }),
    );
    // Autosave runs after each pause; the last save holds all three edits.
    const lastSaved = () => vi.mocked(props.save).mock.calls.at(-1)?.[0].mine;
    await waitFor(() => {
      expect(lastSaved()?.attendance[testPeople.ops.upn]).toBeDefined();
    });
    const saved = lastSaved();
    expect(saved?.items[1]?.decisions).toEqual([{ id: "q-1", text: "下周上线新退货流程" }]);
    // Carries out the decision just recorded, unless the note-taker picks the agenda item instead.
    expect(saved?.actions).toMatchObject([
      { id: "q-2", itemId: "ops", decisionId: "q-1", what: "整理退货原因", owner: "" },
    ]);
    expect(saved?.attendance[testPeople.ops.upn]).toEqual({ status: "late", lateMinutes: 0 });
    // Marked late, the minutes late are taken down right there.
    const lateFor = screen.getByRole("spinbutton", { name: "李娜 迟到分钟数" });
    await user.clear(lateFor);
    await user.type(lateFor, "12");
    await waitFor(() => {
      expect(lastSaved()?.attendance[testPeople.ops.upn]).toEqual({ status: "late", lateMinutes: 12 });
    });
  });

  it("links a quick action to the agenda item when told", async () => {
    const user = userEvent.setup();
    const props = buildProps();
    await renderWithProviders(<MinutesPanel {...props} />);
    await user.click(await screen.findByRole("textbox", { name: "快速添加决议" }));
    await user.paste("下周上线新退货流程");
    await user.keyboard("{Enter}");
    await user.selectOptions(screen.getByRole("combobox", { name: "所属决议" }), "不属于决议，归入议程项：运营部汇报");
    await user.click(screen.getByRole("textbox", { name: "快速添加行动项" }));
    await user.paste("整理退货原因");
    await user.keyboard("{Enter}");
    await waitFor(() => {
      expect(vi.mocked(props.save).mock.calls.at(-1)?.[0].mine.actions).toHaveLength(1);
    });
    expect(vi.mocked(props.save).mock.calls.at(-1)?.[0].mine.actions[0]).not.toHaveProperty("decisionId");
    // What was taken down for the item is listed under the quick forms.
    const taken = screen.getByRole("list", { name: "本议程项已记下" });
    expect(
      within(taken)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["决议：下周上线新退货流程", "行动项：整理退货原因"]);
  });

  it("before the meeting says when it starts, and claims no unsaved changes on a first open", async () => {
    const start = new Date(Date.now() + 12 * 86_400_000);
    const initial = buildMinutes({ start: start.toISOString() });
    await renderWithProviders(<MinutesPanel {...buildProps({ initial, stored: null })} />);
    expect(await screen.findByRole("heading", { name: "上次会议决议执行情况" })).toBeInTheDocument();
    expect(screen.getByText(/^会议将于 .+ 开始$/)).toBeInTheDocument();
    expect(screen.queryByRole("timer")).not.toBeInTheDocument();
    expect(screen.queryByText(/有未保存的修改/)).not.toBeInTheDocument();
  });
});
