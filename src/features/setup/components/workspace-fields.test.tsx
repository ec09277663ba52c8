import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient } from "@tanstack/react-query";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { stubResizeObserver } from "@/lib/testing/stub-resize-observer";
import { buildSeriesConfig } from "@/meeting/testing/build-series-config";
import type { StoredRecord } from "@/meeting/api/workspace/types";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { setupQueryKeys } from "../api/query-keys";
import type { SetupContext } from "../model/default-config";
import {
  allStaffGroup,
  boardGroup,
  clubGroup,
  createSetupGraph,
  managementGroup,
  renderSetup,
} from "../testing/render-setup";
import { PublicWorkspaceWarning } from "./public-workspace-warning";
import { SetupPage } from "./setup-page";

beforeAll(stubResizeObserver);
afterEach(cleanup);

const context: SetupContext = {
  seriesId: "19:meeting_weekly@thread.v2",
  title: "周例会",
  organizer: { key: "wang.jianguo@yunzhan.example", name: "王建国" },
  attendees: [
    { key: "li.na@yunzhan.example", name: "李娜" },
    { key: "sun.li@yunzhan.example", name: "孙丽" },
  ],
  firstOccurrenceKey: "2026-11-30T05:30:00.000Z",
  editor: "wang.jianguo@yunzhan.example",
};

const groups = [managementGroup, allStaffGroup, boardGroup, clubGroup];

function storedConfig(groupId: string, groupName: string): StoredRecord<SeriesConfig> {
  return {
    key: `series|${context.seriesId}`,
    seriesId: context.seriesId,
    itemId: "1",
    etag: '"1"',
    title: "周例会",
    modifiedAt: "2026-11-01T00:00:00.000Z",
    value: buildSeriesConfig({
      seriesId: context.seriesId,
      workspace: { groupId, groupName, siteId: "site", planId: "plan", planTitle: "例会行动项" },
    }),
  };
}

async function renderPage(
  options: { locale?: "zh-CN" | "en-US"; existing?: StoredRecord<SeriesConfig>; defaultGroupId?: string } = {},
) {
  const setValid = vi.fn();
  await renderSetup(
    <SetupPage
      context={context}
      {...(options.existing ? { existing: options.existing } : {})}
      {...(options.defaultGroupId ? { defaultGroupId: options.defaultGroupId } : {})}
      showSaveButton
      setValid={setValid}
      onSaved={() => Promise.resolve()}
    />,
    { locale: options.locale ?? "zh-CN", graph: createSetupGraph(groups).client },
  );
  return { setValid };
}

async function chooseGroup(user: ReturnType<typeof userEvent.setup>, field: string, option: string) {
  await user.click(await screen.findByRole("combobox", { name: field }));
  await user.click(screen.getByRole("option", { name: option }));
}

describe("the workspace picker", () => {
  it("labels every group with its visibility, in Chinese", async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.click(await screen.findByRole("combobox", { name: "Microsoft 365 群组" }));
    const options = within(screen.getByRole("listbox")).getAllByRole("option");
    expect(options.map((o) => o.getAttribute("aria-label"))).toEqual([
      "董事会（私有 · 隐藏成员）",
      "羽毛球俱乐部（公开）",
      "云栈管理层（私有）",
      "云栈全员（公开）",
    ]);
    expect(within(screen.getByRole("option", { name: "云栈全员（公开）" })).getByText("公开")).toBeInTheDocument();
  });

  it("refuses a public group for a new series, says why, and keeps the configuration from saving", async () => {
    const user = userEvent.setup();
    const { setValid } = await renderPage();
    await chooseGroup(user, "Microsoft 365 群组", "云栈全员（公开）");

    expect(screen.getByRole("combobox", { name: "Microsoft 365 群组" })).toHaveTextContent("云栈全员（公开）");
    expect(screen.getByRole("alert")).toHaveTextContent(
      /不能使用公开群组：例会上讨论的问题属于公司机密.*请选择私有群组，或请群组所有者先将「云栈全员」改为私有。/,
    );
    expect(screen.getByRole("combobox", { name: "Microsoft 365 群组" })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("button", { name: "保存配置" })).toBeDisabled();
    expect(screen.queryByRole("combobox", { name: "Planner 计划" })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        "谁能查看记录：群组「云栈全员」的每一位成员都能查看本例会的汇报、纪要和行动项。 这是公开群组，公司内任何人都可以自行加入并查看。",
      ),
    ).toBeInTheDocument();
    expect(setValid).toHaveBeenLastCalledWith(false);
  });

  it("refuses a group without a visibility setting, which Graph treats as public", async () => {
    const user = userEvent.setup();
    await renderPage();
    await chooseGroup(user, "Microsoft 365 群组", "羽毛球俱乐部（公开）");
    expect(screen.getByRole("alert")).toHaveTextContent(/不能使用公开群组/);
    expect(screen.getByRole("button", { name: "保存配置" })).toBeDisabled();
  });

  it("accepts a private group and says every member of it can read the records", async () => {
    const user = userEvent.setup();
    await renderPage();
    await chooseGroup(user, "Microsoft 365 群组", "云栈全员（公开）");
    await chooseGroup(user, "Microsoft 365 群组", "云栈管理层（私有）");

    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Microsoft 365 群组" })).not.toHaveAttribute("aria-invalid");
    expect(screen.getByText(/群组「云栈管理层」的每一位成员都能查看本例会的汇报、纪要和行动项/)).toHaveTextContent(
      "这是私有群组，加入须经群组所有者批准，非成员看不到群组内容。",
    );
    expect(screen.getByRole("combobox", { name: "Planner 计划" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "保存配置" })).toBeEnabled();
  });

  it("accepts a group with hidden membership, in English", async () => {
    const user = userEvent.setup();
    await renderPage({ locale: "en-US" });
    await chooseGroup(user, "Microsoft 365 group", "董事会 (Private, hidden members)");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /^Who can read the records: every member of the group “董事会” can read this meeting's reports, minutes and action items\. This is a private group/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save configuration" })).toBeEnabled();
  });

  it("marks and refuses a public group in English too", async () => {
    const user = userEvent.setup();
    await renderPage({ locale: "en-US" });
    await chooseGroup(user, "Microsoft 365 group", "云栈全员 (Public)");
    expect(screen.getByRole("alert")).toHaveTextContent(
      /^A public group can't be used: what is discussed at the meeting is confidential/,
    );
    expect(screen.getByRole("button", { name: "Save configuration" })).toBeDisabled();
  });

  it("does not preselect a channel's team whose group is public", async () => {
    await renderPage({ defaultGroupId: allStaffGroup.id });
    const picker = await screen.findByRole("combobox", { name: "Microsoft 365 群组" });
    expect(picker).not.toHaveTextContent("云栈全员");
    expect(screen.queryByText(/谁能查看记录/)).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("preselects a channel's team whose group is private", async () => {
    await renderPage({ defaultGroupId: managementGroup.id });
    await waitFor(() => {
      expect(screen.getByRole("combobox", { name: "Microsoft 365 群组" })).toHaveTextContent("云栈管理层（私有）");
    });
  });
});

describe("an existing series kept in a public group", () => {
  it("warns on the configuration page but still lets the organizer save", async () => {
    await renderPage({ existing: storedConfig(allStaffGroup.id, "云栈全员") });
    const warning = await screen.findByRole("alert");
    expect(warning).toHaveTextContent(
      "此例会的记录保存在公开群组「云栈全员」中，公司内任何人都可以自行加入并查看。建议请群组所有者将其改为私有，或改选一个私有群组（已有记录仍保留在原群组中）。",
    );
    expect(screen.getByRole("button", { name: "保存配置" })).toBeEnabled();
  });

  it("refuses moving it to another public group", async () => {
    const user = userEvent.setup();
    await renderPage({ existing: storedConfig(allStaffGroup.id, "云栈全员") });
    await chooseGroup(user, "Microsoft 365 群组", "羽毛球俱乐部（公开）");
    expect(screen.getByRole("alert")).toHaveTextContent(/不能使用公开群组/);
    expect(screen.getByRole("button", { name: "保存配置" })).toBeDisabled();
  });
});

describe("the organizer's warning on the meeting tab", () => {
  it("says the records are open to the whole company and how to move them", async () => {
    await renderSetup(<PublicWorkspaceWarning groupId={allStaffGroup.id} />, {
      graph: createSetupGraph(groups).client,
    });
    const warning = await screen.findByRole("group", { name: "会议记录对全公司公开" });
    expect(warning).toHaveTextContent(
      /保存在公开群组「云栈全员」中，公司内任何人都可以自行加入并查看。.*请尽快迁移到私有群组：请群组所有者将「云栈全员」改为私有，或在例会配置中改选一个私有群组/,
    );
  });

  it("says nothing for a private group", async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(setupQueryKeys.groups, [
      { id: managementGroup.id, name: managementGroup.displayName, visibility: "private" },
    ]);
    await renderSetup(<PublicWorkspaceWarning groupId={managementGroup.id} />, { queryClient });
    expect(screen.queryByRole("group")).not.toBeInTheDocument();
    expect(screen.queryByText(/公开/)).not.toBeInTheDocument();
  });
});
