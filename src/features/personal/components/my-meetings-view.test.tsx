import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  buildMyMeetings,
  buildOccurrence,
  buildOwedReport,
  buildTask,
  monthlyChat,
} from "../testing/build-my-meetings";
import { buildDetailsOnlyGraph, renderPersonal } from "../testing/render-personal";
import type { MyMeetings } from "../model/types";
import type { TaskFeedback } from "./action-items";
import { MyMeetingsView } from "./my-meetings-view";
import type { MyMeetingsViewProps } from "./my-meetings-view";

const buildMeetingLink = (seriesId: string, view: "agenda" | "report", occurrenceKey: string) =>
  `https://teams.example/tab?chat=${encodeURIComponent(seriesId)}&view=${view}&occurrence=${occurrenceKey}`;

async function renderView(
  options: {
    locale?: "zh-CN" | "en-US";
    data?: MyMeetings;
    now?: string;
    feedback?: Record<string, TaskFeedback>;
    onOpenLink?: (url: string) => void;
  } = {},
) {
  const onSetProgress = vi.fn<MyMeetingsViewProps["onSetProgress"]>();
  const locale = options.locale ?? "zh-CN";
  const data =
    options.data ??
    buildMyMeetings({
      occurrences: [
        buildOccurrence(),
        buildOccurrence({
          seriesId: monthlyChat,
          seriesTitle: "月例会",
          occurrenceKey: "2026-12-03T05:30:00.000Z",
          start: new Date("2026-12-03T05:30:00.000Z"),
          end: new Date("2026-12-03T07:30:00.000Z"),
          roles: { isHost: true, isNoteTaker: true, speaks: [] },
        }),
        buildOccurrence({
          occurrenceKey: "2026-12-21T05:30:00.000Z",
          start: new Date("2026-12-21T05:30:00.000Z"),
          end: new Date("2026-12-21T07:00:00.000Z"),
          isCancelled: true,
        }),
      ],
    });
  const result = await renderPersonal(
    <MyMeetingsView
      data={data}
      now={new Date(options.now ?? "2026-12-02T02:00:00.000Z")}
      windowDays={35}
      viewer={{ locale, timeZone: "Asia/Shanghai" }}
      buildMeetingLink={buildMeetingLink}
      {...(options.onOpenLink ? { onOpenLink: options.onOpenLink } : {})}
      renderOccurrenceActions={(occurrence) => <button type="button">请假 {occurrence.occurrenceKey}</button>}
      onSetProgress={onSetProgress}
      pendingTaskIds={new Set()}
      feedback={options.feedback ?? {}}
    />,
    { locale, graph: buildDetailsOnlyGraph("验收标准：复盘报告经总经理确认\n监督人：孙丽") },
  );
  return { onSetProgress, result };
}

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom does not have.
class StillResizeObserver {
  observe(): void {
    // jsdom lays nothing out: there is never a resize to report.
  }
  unobserve(): void {
    // Nothing was observed.
  }
  disconnect(): void {
    // Nothing to release.
  }
}

beforeAll(() => {
  vi.stubGlobal("ResizeObserver", StillResizeObserver);
});
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(cleanup);

describe("MyMeetingsView", () => {
  it("lists my next meetings with my role at each and a link to open its agenda", async () => {
    await renderView();
    expect(screen.getByRole("heading", { level: 1, name: "我的例会" })).toBeInTheDocument();
    const next = screen.getByRole("region", { name: "下次会议" });
    const rows = within(next)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement?.parentElement === next);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining("月例会"),
      expect.stringContaining("周例会"),
      expect.stringContaining("已取消"),
    ]);
    const [monthly, weekly, cancelled] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(monthly).getByRole("list", { name: "我的角色" })).toHaveTextContent(/本次主持人.*记录人/);
    expect(within(weekly).getByRole("list", { name: "我的角色" })).toHaveTextContent("发言人 · 部门负责人");
    expect(weekly).toHaveTextContent("12月7日周一 13:30–15:00");
    expect(within(weekly).getByRole("link", { name: "打开议程：周例会 12月7日周一 13:30–15:00" })).toHaveAttribute(
      "href",
      buildMeetingLink("19:meeting_weekly@thread.v2", "agenda", "2026-12-07T05:30:00.000Z"),
    );
    expect(within(weekly).getByRole("button", { name: "请假 2026-12-07T05:30:00.000Z" })).toBeInTheDocument();
    expect(within(cancelled).queryByRole("link")).toBeNull();
    expect(within(cancelled).queryByRole("button")).toBeNull();
  });

  it("shows the report I owe with its due time, and overdue once it has passed", async () => {
    await renderView({ now: "2026-12-04T11:00:00.000Z" });
    const reports = screen.getByRole("region", { name: "我需要提交的汇报" });
    expect(reports).toHaveTextContent("截止 12月4日周五 18:00");
    expect(within(reports).getByText("已逾期")).toBeInTheDocument();
    expect(within(reports).getByRole("link", { name: "填写汇报：周例会 部门负责人" })).toHaveAttribute(
      "href",
      buildMeetingLink("19:meeting_weekly@thread.v2", "report", "2026-12-07T05:30:00.000Z"),
    );
  });

  it("shows a submitted report as submitted with a link to view it", async () => {
    await renderView({
      data: buildMyMeetings({ owedReports: [buildOwedReport({ submittedAt: new Date("2026-12-01T09:00:00.000Z") })] }),
    });
    const reports = screen.getByRole("region", { name: "我需要提交的汇报" });
    expect(within(reports).getByText("已提交")).toBeInTheDocument();
    expect(within(reports).getByRole("link", { name: "查看汇报：周例会 部门负责人" })).toBeInTheDocument();
  });

  it("lists my action items with status and overdue days, and sets progress from the keyboard", async () => {
    const user = userEvent.setup();
    const { onSetProgress } = await renderView();
    const actions = screen.getByRole("region", { name: "我的行动项" });
    expect(actions).toHaveTextContent("来自 周例会");
    expect(within(actions).getByText("进行中")).toBeInTheDocument();
    expect(within(actions).getByText("逾期 4 天")).toBeInTheDocument();
    expect(within(actions).queryByRole("button", { name: "标记为进行中：整理双十一复盘数据" })).toBeNull();
    within(actions).getByRole("button", { name: "标记为已完成：整理双十一复盘数据" }).focus();
    await user.keyboard("{Enter}");
    expect(onSetProgress).toHaveBeenCalledWith(expect.objectContaining({ id: "task-1" }), "done");
    await user.click(within(actions).getByRole("button", { name: "标记为未开始：整理双十一复盘数据" }));
    expect(onSetProgress).toHaveBeenLastCalledWith(expect.objectContaining({ id: "task-1" }), "notStarted");
  });

  it("reads the standard of done only when asked", async () => {
    const user = userEvent.setup();
    await renderView();
    const toggle = screen.getByRole("button", { name: "查看验收标准" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(await screen.findByText("复盘报告经总经理确认")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "收起验收标准" })).toHaveAttribute("aria-expanded", "true");
  });

  it("says when someone else changed a task first", async () => {
    await renderView({ feedback: { "task-1": { kind: "conflict" } } });
    expect(screen.getByText("此行动项已被他人更新，现显示最新状态。请确认后再修改。")).toBeInTheDocument();
  });

  it("opens meeting links through the host when it can", async () => {
    const user = userEvent.setup();
    const onOpenLink = vi.fn();
    await renderView({ onOpenLink });
    await user.click(screen.getByRole("link", { name: /^打开议程：周例会/ }));
    expect(onOpenLink).toHaveBeenCalledWith(
      buildMeetingLink("19:meeting_weekly@thread.v2", "agenda", "2026-12-07T05:30:00.000Z"),
    );
  });

  it("reads in English", async () => {
    await renderView({ locale: "en-US", data: buildMyMeetings({ tasks: [buildTask({ percentComplete: 0 })] }) });
    expect(screen.getByRole("heading", { level: 1, name: "My meetings" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "My next meetings" })).toHaveTextContent("Speaker · Department head");
    expect(screen.getByRole("region", { name: "Reports I owe" })).toHaveTextContent("Not submitted");
    const actions = screen.getByRole("region", { name: "My action items" });
    expect(within(actions).getByText("Overdue by 4 days")).toBeInTheDocument();
    expect(
      within(actions).getByRole("button", { name: "Mark as in progress: 整理双十一复盘数据" }),
    ).toBeInTheDocument();
  });

  it("explains an empty tab and a partial one", async () => {
    await renderView({
      data: buildMyMeetings({
        series: [],
        occurrences: [],
        owedReports: [],
        tasks: [],
        unreadable: [{ groupId: "g2", reason: "HTTP 500" }],
      }),
    });
    expect(screen.getByText(/还没有配置例会通的例会/)).toBeInTheDocument();
    expect(screen.getByText("有 1 处内容暂时无法读取，以下信息可能不完整。")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "下次会议" })).toBeNull();
  });
});
