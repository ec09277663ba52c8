import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildOnBehalf, buildOwn, testWriters } from "@/meeting/testing/build-attributed";
import { buildAction, buildConfirmation, buildMinutes, testPeople } from "../testing/build-minutes";
import { renderWithProviders } from "../testing/render-with-providers";
import { stubResizeObserver } from "@/lib/testing/stub-resize-observer";
import { ConfirmationPanel } from "./confirmation-panel";

beforeAll(stubResizeObserver);
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(() => {
  cleanup();
});

const published = buildMinutes({
  status: "published",
  version: 2,
  published: { version: 2, at: "2026-11-30T08:00:00.000Z", by: testPeople.noteTaker.upn, planner: {} },
});

describe("ConfirmationPanel", () => {
  it("waits for the minutes to be published", async () => {
    await renderWithProviders(
      <ConfirmationPanel
        minutes={buildMinutes()}
        confirmations={[]}
        me={testPeople.ops.upn}
        isHost={false}
        confirm={() => Promise.resolve()}
        timeZone="Asia/Shanghai"
      />,
    );
    expect(screen.getByText("纪要发布后即可确认。")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /确认/ })).not.toBeInTheDocument();
  });

  it("lets an attendee confirm the published version, asking again after an amendment", async () => {
    const user = userEvent.setup();
    const confirm = vi.fn(() => Promise.resolve());
    await renderWithProviders(
      <ConfirmationPanel
        minutes={published}
        confirmations={[buildOwn(buildConfirmation({ version: 1 }))]}
        me={testPeople.ops.upn}
        isHost={false}
        confirm={confirm}
        timeZone="Asia/Shanghai"
      />,
    );
    expect(screen.getByText("纪要已修订为第 2 版，请重新确认（你确认的是第 1 版）。")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "确认第 2 版纪要" }));
    expect(confirm).toHaveBeenCalledWith(2);
    expect(await screen.findByText("你已确认第 2 版纪要")).toBeInTheDocument();
  });

  it("shows the host who has and has not confirmed", async () => {
    const confirmations = [
      buildOwn(buildConfirmation({ upn: testPeople.ops.upn, version: 2 })),
      buildOwn(buildConfirmation({ upn: testPeople.service.upn, version: 1 })),
    ];
    await renderWithProviders(
      <ConfirmationPanel
        minutes={published}
        confirmations={confirmations}
        me={testPeople.host.upn}
        isHost
        confirm={() => Promise.resolve()}
        timeZone="Asia/Shanghai"
      />,
    );
    expect(screen.getByText("已确认 1 / 4")).toBeInTheDocument();
    const pending = screen.getByRole("list", { name: "未确认" });
    expect(
      within(pending)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["王建国未确认", "孙丽未确认", "张敏未确认 确认的是第 1 版"]);
    expect(within(screen.getByRole("list", { name: "已确认" })).getByText("李娜")).toBeInTheDocument();
  });

  it("shows the host a confirmation someone else wrote as such, and does not count it", async () => {
    const confirmations = [
      buildOwn(buildConfirmation({ upn: testPeople.ops.upn, version: 2 })),
      buildOnBehalf(buildConfirmation({ upn: testPeople.service.upn, version: 2 }), testWriters.ops),
    ];
    await renderWithProviders(
      <ConfirmationPanel
        minutes={published}
        confirmations={confirmations}
        me={testPeople.host.upn}
        isHost
        confirm={() => Promise.resolve()}
        timeZone="Asia/Shanghai"
      />,
    );
    expect(screen.getByText("已确认 1 / 4")).toBeInTheDocument();
    expect(screen.getByText("1 条代为确认不计入")).toBeInTheDocument();
    const pending = screen.getByRole("list", { name: "未确认" });
    const row = within(pending).getByText("张敏").closest("li");
    expect(row).toHaveTextContent("由 李娜 代为确认（第 2 版），不计入");
    expect(within(screen.getByRole("list", { name: "已确认" })).queryByText("张敏")).not.toBeInTheDocument();
  });

  it("asks an attendee whose confirmation someone else wrote to confirm themself", async () => {
    const user = userEvent.setup();
    const confirm = vi.fn(() => Promise.resolve());
    await renderWithProviders(
      <ConfirmationPanel
        minutes={published}
        confirmations={[buildOnBehalf(buildConfirmation({ upn: testPeople.service.upn, version: 2 }), testWriters.gm)]}
        me={testPeople.service.upn}
        isHost={false}
        confirm={confirm}
        timeZone="Asia/Shanghai"
      />,
      { locale: "en-US" },
    );
    expect(
      screen.getByText(
        "王建国 confirmed version 2 for you. Only your own confirmation counts: please confirm yourself.",
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Confirm version 2" }));
    expect(confirm).toHaveBeenCalledWith(2);
    expect(await screen.findByText("You confirmed version 2")).toBeInTheDocument();
  });

  it("lets an attendee read the published decisions, their action items and attendance before confirming", async () => {
    const base = buildMinutes();
    const minutes = {
      ...published,
      attendance: {
        [testPeople.ops.upn]: { status: "present" as const },
        [testPeople.service.upn]: { status: "late" as const, lateMinutes: 5 },
      },
      items: base.items.map((item) =>
        item.id === "ops" ? { ...item, notes: "GMV 同比 +12%", decisions: [{ id: "d1", text: "退货流程改版" }] } : item,
      ),
      actions: [
        buildAction({ id: "a1", decisionId: "d1", what: "整理退货原因", due: "2026-12-07", standard: "出一份清单" }),
        buildAction({ id: "a2", decisionId: "d1", what: "改版上线", ownerName: "张敏", owner: testPeople.service.upn }),
      ],
    };
    await renderWithProviders(
      <ConfirmationPanel
        minutes={minutes}
        confirmations={[]}
        me={testPeople.ops.upn}
        isHost={false}
        confirm={() => Promise.resolve()}
        timeZone="Asia/Shanghai"
      />,
    );
    expect(screen.getByRole("heading", { name: "会议纪要（第 2 版）" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "运营部汇报" })).toBeInTheDocument();
    expect(screen.getByText("GMV 同比 +12%")).toBeInTheDocument();
    const decisions = screen.getByRole("list", { name: "运营部汇报 的决议" });
    expect(within(decisions).getByText("决议：退货流程改版")).toBeInTheDocument();
    const actions = within(decisions).getByRole("list", { name: "决议“退货流程改版”的行动项" });
    expect(
      within(actions)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "整理退货原因责任人：李娜 · 完成时间：12月7日（周一）验收标准：出一份清单",
      "改版上线责任人：张敏 · 完成时间：12月7日（周一）验收标准：退货率降到 3% 以下",
    ]);
    const attendance = screen.getByRole("region", { name: "出席情况" });
    expect(within(attendance).getByText("张敏：迟到 5 分钟")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "确认第 2 版纪要" })).toBeInTheDocument();
  });

  it("shows an attendee the published version, not an amendment's draft", async () => {
    const amending = {
      ...published,
      status: "draft" as const,
      version: 3,
      meetingTitle: "草稿中的标题",
      history: [
        { version: 2, publishedAt: "", publishedBy: "", snapshot: JSON.stringify({ ...published, history: [] }) },
      ],
    };
    await renderWithProviders(
      <ConfirmationPanel
        minutes={amending}
        confirmations={[]}
        me={testPeople.ops.upn}
        isHost={false}
        confirm={() => Promise.resolve()}
        timeZone="Asia/Shanghai"
      />,
      { locale: "en-US" },
    );
    expect(screen.getByRole("heading", { name: "Minutes (version 2)" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Confirm version 2" })).toBeInTheDocument();
  });

  it("shows the host the published minutes too where no editor shows them", async () => {
    await renderWithProviders(
      <ConfirmationPanel
        minutes={published}
        confirmations={[]}
        me={testPeople.host.upn}
        isHost
        confirm={() => Promise.resolve()}
        timeZone="Asia/Shanghai"
        showMinutesToHost
      />,
    );
    expect(screen.getByRole("heading", { name: "会议纪要（第 2 版）" })).toBeInTheDocument();
    expect(screen.getByText("已确认 0 / 4")).toBeInTheDocument();
  });
});
