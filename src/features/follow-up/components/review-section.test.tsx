import { buildPlannerTask } from "@/meeting/testing/build-planner-task";
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { ServicesProvider } from "@/lib/app-services/services-context";
import { PersonKeysProvider } from "@/meeting/api/directory/person-keys-context";
import { buildPersonKeys } from "@/meeting/model/roles/person-keys";
import { createI18n } from "@/lib/i18n/create-i18n";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { followUpStrings } from "../strings";
import { buildMinutes, seriesId, week1, week2 } from "../testing/builders";
import { createFakeGraph, testWorkspace } from "../testing/fake-graph";
import { ReviewSection } from "./review-section";

const config: SeriesConfig = {
  schemaVersion: 1,
  seriesId,
  title: "周例会",
  template: weeklyMeeting,
  workspace: { groupId: "group", groupName: "云栈管理层", siteId: "site", planId: "plan", planTitle: "行动项" },
  host: { mode: "fixed", host: "wang.jianguo@yunzhan.example" },
  speakers: {},
  reportDue: { workingDaysBefore: 1, time: "18:00" },
  noticeLeadHours: 4,
  attendance: { leaveCutoffHours: 24, lateness: { kind: "none" } },
  updatedBy: "wang.jianguo@yunzhan.example",
  updatedAt: "2026-05-20T00:00:00Z",
};

async function renderReview(options: {
  locale: "zh-CN" | "en-US";
  canReview: boolean;
  isOwnerGone?: boolean;
  viewer?: string;
  viewerId?: string;
  onlyMine?: boolean;
}) {
  const graph = createFakeGraph();
  const minutes = buildMinutes({
    actions: [
      {
        id: "a1",
        itemId: "i1",
        decisionId: "d1",
        what: "整理双十一退款工单",
        owner: "li.na@yunzhan.example",
        ownerName: "李娜",
        due: "2020-01-01",
        standard: "退款工单清零",
        priority: "important",
      },
      {
        id: "a2",
        itemId: "i1",
        decisionId: "d1",
        what: "客服话术更新",
        owner: "zhang.min@yunzhan.example",
        ownerName: "张敏",
        due: "2099-01-01",
        standard: "新话术上线",
        priority: "medium",
      },
    ],
    published: { at: week1, planner: { a1: { taskId: "t1" }, a2: { taskId: "t2" } } },
  });
  graph.addRecord(
    "minutes",
    { key: `minutes|${seriesId}|${week1}`, seriesId: seriesId, occurrenceKey: week1 },
    minutes,
  );
  graph.addRecord(
    "reviews",
    { key: `review|${seriesId}|a1|x`, seriesId: seriesId, occurrenceKey: "2026-06-05T00:00:00.000Z" },
    {
      schemaVersion: 1,
      actionId: "a1",
      occurrenceKey: "2026-06-05T00:00:00.000Z",
      verdict: "notAccepted",
      by: "wang.jianguo@yunzhan.example",
      at: "2026-06-05T00:00:00Z",
    },
  );
  graph.tasks.set(
    "t1",
    buildPlannerTask({
      id: "t1",
      title: "整理双十一退款工单",
      percentComplete: 50,
      completedDateTime: null,
      dueDateTime: null,
      assigneeIds: ["id-li-na"],
    }),
  );
  graph.tasks.set(
    "t2",
    buildPlannerTask({
      id: "t2",
      title: "客服话术更新",
      percentComplete: 100,
      completedDateTime: "2026-06-03T00:00:00Z",
      dueDateTime: null,
      assigneeIds: [options.isOwnerGone === true ? "id-left" : "id-zhang"],
    }),
  );
  graph.members.push(
    { id: "id-li-na", displayName: "李娜", userPrincipalName: "li.na@yunzhan.example" },
    { id: "id-wang", displayName: "王建国", userPrincipalName: "wang.jianguo@yunzhan.example" },
  );
  if (options.isOwnerGone !== true)
    graph.members.push({ id: "id-zhang", displayName: "张敏", userPrincipalName: "zhang.min@yunzhan.example" });
  // As the meeting surface does: the meeting's people, so owners named by UPN compare by key.
  const keyOf = buildPersonKeys(graph.members.map((m) => ({ key: m.id, upn: m.userPrincipalName })));
  const i18n = await createI18n(options.locale, { followUp: followUpStrings });
  const services = {
    graph: graph.client,
    host: {
      context: {
        host: "browser" as const,
        hostName: "Browser" as const,
        frame: "content" as const,
        locale: options.locale,
        theme: "light" as const,
        timeZone: "Asia/Shanghai",
      },
      onThemeChange: () => () => undefined,
    },
    viewer: {
      locale: options.locale,
      timeZone: "Asia/Shanghai",
      userPrincipalName: options.viewer ?? "wang.jianguo@yunzhan.example",
      userObjectId: options.viewerId ?? "id-wang",
    },
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={teamsLightTheme}>
        <QueryClientProvider client={queryClient}>
          <ServicesProvider services={services}>
            <PersonKeysProvider keyOf={keyOf}>
              <ReviewSection
                workspace={testWorkspace}
                config={config}
                seriesId={seriesId}
                occurrenceKey={week2}
                occurrences={[
                  { key: week1, start: new Date(week1) },
                  { key: week2, start: new Date(week2) },
                ]}
                canReview={options.canReview}
                names={{ "wang.jianguo@yunzhan.example": "王建国", "id-wang": "王建国" }}
                onlyMine={options.onlyMine ?? false}
              />
            </PersonKeysProvider>
          </ServicesProvider>
        </QueryClientProvider>
      </FluentProvider>
    </I18nextProvider>,
  );
  return graph;
}

describe("ReviewSection", () => {
  afterEach(() => {
    cleanup();
  });

  it("lists earlier action items overdue first, with status in words, owner, standard and follow-up count", async () => {
    await renderReview({ locale: "zh-CN", canReview: true });
    const region = screen.getByRole("region", { name: "上次会议决策执行情况" });
    const list = await within(region).findByRole("list", { name: "待验收的行动项" });
    const [first, second] = within(list).getAllByRole("listitem");
    expect(first).toHaveAccessibleName("整理双十一退款工单");
    expect(first).toHaveTextContent(/逾期 \d+ 天/);
    expect(first).toHaveTextContent("第 2 次跟进");
    expect(first).toHaveTextContent("责任人：李娜");
    expect(first).toHaveTextContent("验收标准：退款工单清零");
    expect(first).toHaveTextContent("来源决议：本周内清理积压退款");
    expect(second).toHaveAccessibleName("客服话术更新");
    expect(second).toHaveTextContent("已完成");
    expect(second).toHaveTextContent("第 1 次跟进");
  });

  it("shows an attendee only the items Planner has them own, with their status, and says so when none", async () => {
    await renderReview({
      locale: "zh-CN",
      canReview: false,
      onlyMine: true,
      viewer: "li.na@yunzhan.example",
      viewerId: "id-li-na",
    });
    const region = screen.getByRole("region", { name: "上次会议分配给我的决策" });
    const list = await within(region).findByRole("list", { name: "上次会议分配给我的决策" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveAccessibleName("整理双十一退款工单");
    expect(items[0]).toHaveTextContent(/逾期 \d+ 天/);
    cleanup();

    await renderReview({
      locale: "en-US",
      canReview: false,
      onlyMine: true,
      viewer: "sun.li@yunzhan.example",
      viewerId: "id-sun",
    });
    expect(
      await screen.findByText("No action items from earlier meetings assigned to you are waiting for review."),
    ).toBeInTheDocument();
  });

  it("lets the host accept an item with a note and shows the verdict", async () => {
    const graph = await renderReview({ locale: "zh-CN", canReview: true });
    const user = userEvent.setup();
    await user.type(await screen.findByRole("textbox", { name: "验收意见：客服话术更新" }), "已上线");
    await user.click(screen.getByRole("button", { name: "验收通过：客服话术更新" }));
    await waitFor(() => {
      expect(graph.listValues("reviews")).toContainEqual(
        expect.objectContaining({
          actionId: "a2",
          verdict: "accepted",
          by: "id-wang",
          note: "已上线",
          occurrenceKey: week2,
        }),
      );
    });
    expect(await screen.findByText(/已验收通过 · 王建国/)).toBeInTheDocument();
  });

  it("accepts a task not done in Planner only anyway, with a reason", async () => {
    const graph = await renderReview({ locale: "zh-CN", canReview: true });
    const user = userEvent.setup();
    await screen.findByRole("list", { name: "待验收的行动项" });
    expect(screen.queryByRole("button", { name: "验收通过：整理双十一退款工单" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "仍然验收通过：整理双十一退款工单" }));
    expect(screen.getByText("请写明仍然验收通过的理由")).toBeInTheDocument();
    expect(graph.listValues("reviews")).not.toContainEqual(expect.objectContaining({ verdict: "accepted" }));
    await user.type(
      screen.getByRole("textbox", { name: "验收意见：整理双十一退款工单" }),
      "线下已清零，Planner 未更新",
    );
    await user.click(screen.getByRole("button", { name: "仍然验收通过：整理双十一退款工单" }));
    await waitFor(() => {
      expect(graph.listValues("reviews")).toContainEqual(
        expect.objectContaining({ actionId: "a1", verdict: "accepted", acceptedAnyway: true }),
      );
    });
    expect(await screen.findByText(/已验收通过（Planner 中未完成，仍然验收）· 王建国/)).toBeInTheDocument();
  });

  it("does not let an owner who hosts this week accept her own item", async () => {
    await renderReview({ locale: "zh-CN", canReview: true, viewer: "li.na@yunzhan.example", viewerId: "id-li-na" });
    const list = await screen.findByRole("list", { name: "待验收的行动项" });
    const own = within(list).getByRole("listitem", { name: "整理双十一退款工单" });
    expect(own).toHaveTextContent("这是你负责的事项，由主持人、组织者或监督人验收。");
    expect(within(own).queryByRole("button")).toBeNull();
    const other = within(list).getByRole("listitem", { name: "客服话术更新" });
    expect(within(other).getByRole("button", { name: "验收通过：客服话术更新" })).toBeInTheDocument();
  });

  it("offers no verdict buttons to someone who is neither host nor supervisor, and speaks English", async () => {
    await renderReview({ locale: "en-US", canReview: false });
    const list = await screen.findByRole("list", { name: "Action items to review" });
    expect(within(list).getAllByText("Done")).toHaveLength(1);
    expect(within(list).getByText("Follow-up #2")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Accept/ })).toBeNull();
  });

  it("tells the host whose owner has left and offers the group's members to take it over", async () => {
    await renderReview({ locale: "zh-CN", canReview: true, isOwnerGone: true });
    const warning = await screen.findByRole("list", { name: "责任人已离职、已停用或不在组内的行动项（1）" });
    expect(warning).toHaveTextContent("客服话术更新 — 张敏");
    const list = screen.getByRole("list", { name: "待验收的行动项" });
    const item = within(list).getByRole("listitem", { name: "客服话术更新" });
    expect(item).toHaveTextContent("张敏 已离职");
    await userEvent.setup().click(within(item).getByRole("button", { name: "改派：客服话术更新" }));
    const choices = await screen.findAllByRole("menuitem");
    expect(choices.map((c) => c.textContent)).toEqual(["李娜", "王建国"]);
    expect(
      within(screen.getByRole("listitem", { name: "整理双十一退款工单" })).queryByRole("button", { name: /改派/ }),
    ).toBeNull();
  });
});
