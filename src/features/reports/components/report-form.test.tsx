import "fake-indexeddb/auto";
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildDraftKey, openDraftStore } from "@/lib/drafts";
import type { DraftStore } from "@/lib/drafts";
import { GraphRequestError } from "@/lib/graph";
import type { SubmittedReport } from "../model/report";
import type { ReportFields } from "@/meeting/model/records/report-record";
import { ReportSubmitError } from "../model/submit-error";
import {
  buildKpiRow,
  buildReportFields,
  buildReportSection,
  buildSubmittedReport,
  testOccurrenceKey,
  testSeriesId,
} from "../testing/build-report";
import { renderWithProviders } from "../testing/render-with-providers";
import { ReportForm } from "./report-form";
import type { ReportFormProps } from "./report-form";

const clock = { locale: "zh-CN", timeZone: "Asia/Shanghai" };
const draftKey = buildDraftKey({
  kind: "report",
  seriesId: testSeriesId,
  occurrenceKey: testOccurrenceKey,
  userId: "wang.fang@yunzhan.example",
  itemId: "sales",
});
const stores: DraftStore[] = [];
let dbCount = 0;

async function openFreshStore(): Promise<{ store: DraftStore; reopen: () => Promise<DraftStore> }> {
  dbCount += 1;
  const dbName = `report-form-test-${dbCount}`;
  const open = async () => {
    const store = await openDraftStore({ dbName, channelName: dbName });
    stores.push(store);
    return store;
  };
  return { store: await open(), reopen: open };
}

function buildProps(overrides: Partial<ReportFormProps> = {}): ReportFormProps {
  return {
    section: buildReportSection(),
    draftKey,
    initialFields: {},
    clock,
    submit: () => Promise.resolve(buildSubmittedReport()),
    ...overrides,
  };
}

async function renderForm(
  overrides: Partial<ReportFormProps> = {},
  options: { locale?: "zh-CN" | "en-US"; store?: DraftStore } = {},
) {
  const store = options.store ?? (await openFreshStore()).store;
  const view = await renderWithProviders(<ReportForm {...buildProps(overrides)} />, { ...options, store });
  // Typing before the stored draft is read is merged correctly, but tests read clearer after it:
  // submit is enabled once the draft has loaded.
  await waitFor(() => {
    expect(screen.getByRole("button", { name: /^(提交汇报|更新汇报|Submit report|Update report)$/ })).toBeEnabled();
  });
  return view;
}

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  for (const store of stores.splice(0)) store.close();
});

describe("ReportForm", () => {
  it("shows the section's fields in catalogue order with Chinese labels", async () => {
    await renderForm({ section: buildReportSection({ fields: ["kpis", "review", "problems"] }) });
    expect(screen.getByRole("heading", { level: 2, name: "销售后勤汇报" })).toBeInTheDocument();
    const labels = screen.getAllByText(/^(上周工作回顾|存在问题及解决方案|指标)$/).map((el) => el.textContent);
    expect(labels).toEqual(["上周工作回顾", "存在问题及解决方案", "指标"]);
    expect(screen.getByRole("button", { name: "提交汇报" })).toBeInTheDocument();
  });

  it("shows an inline message for a 10,000-character review and keeps every character", async () => {
    const user = userEvent.setup();
    await renderForm();
    const review = screen.getByRole("textbox", { name: "上周工作回顾" });
    await user.click(review);
    await user.paste("汇".repeat(10_000));
    expect(review).toHaveValue("汇".repeat(10_000));
    expect(screen.getByText(/内容过长：10000 字，最多 4000 字/)).toBeInTheDocument();
    expect(review).toHaveAttribute("aria-invalid", "true");
  });

  it("adds and removes rows with labelled buttons and focuses the new row", async () => {
    const user = userEvent.setup();
    await renderForm();
    await user.click(screen.getByRole("button", { name: "添加问题" }));
    const problem = within(screen.getByRole("group", { name: "问题一" })).getByRole("textbox", { name: "问题" });
    expect(problem).toHaveFocus();
    expect(
      within(screen.getByRole("group", { name: "问题一" })).getByRole("textbox", { name: "解决方案" }),
    ).toBeVisible();
    await user.paste("退货率偏高");
    await user.click(screen.getByRole("button", { name: "添加问题" }));
    expect(screen.getByRole("group", { name: "问题二" })).toBeInTheDocument();
    await user.click(
      within(screen.getByRole("group", { name: "问题一" })).getByRole("button", { name: "删除这个问题" }),
    );
    expect(within(screen.getByRole("group", { name: "问题一" })).getByRole("textbox", { name: "问题" })).toHaveValue(
      "",
    );
    expect(screen.queryByRole("group", { name: "问题二" })).not.toBeInTheDocument();
  });

  it("names the supervisor list button in Chinese", async () => {
    await renderForm({
      section: buildReportSection({ fields: ["supervisor"] }),
      people: [{ upn: "zhang.min@yunzhan.example", name: "张敏" }],
    });
    expect(screen.getByRole("combobox", { name: "监督人" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "展开监督人列表" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Open/ })).not.toBeInTheDocument();
  });

  it("computes completion and YoY in the KPI table as the speaker types", async () => {
    const user = userEvent.setup({ delay: null });
    await renderForm({ initialFields: { kpis: [buildKpiRow({ target: "", actual: "", lastYear: "" })] } });
    const table = screen.getByRole("table", { name: "指标" });
    const row = within(table).getAllByRole("row")[1] as HTMLElement;
    const [target, actual, lastYear] = ["目标", "实际完成", "去年同期"].map((column) =>
      within(row).getByRole("textbox", { name: `指标一的${column}` }),
    ) as [HTMLElement, HTMLElement, HTMLElement];
    // Each computed cell carries its column's name for the stacked card layout.
    expect(row).toHaveTextContent(/完成率—.*同比—/);
    await user.type(target, "1,000");
    await user.type(actual, "1150");
    expect(row).toHaveTextContent("115%");
    await user.type(lastYear, "0");
    expect(row).toHaveTextContent(/完成率115%.*同比—/);
    await user.clear(lastYear);
    await user.type(lastYear, "1000");
    expect(row).toHaveTextContent("+15%");
    expect(row).not.toHaveTextContent(/NaN|Infinity|∞/);
  });

  it("shows the difference against a zero target, and a halved loss against a negative one as 150%", async () => {
    const user = userEvent.setup({ delay: null });
    await renderForm({ initialFields: { kpis: [buildKpiRow({ target: "", actual: "", lastYear: "" })] } });
    const row = within(screen.getByRole("table", { name: "指标" })).getAllByRole("row")[1] as HTMLElement;
    const target = within(row).getByRole("textbox", { name: "指标一的目标" });
    await user.type(target, "0");
    await user.type(within(row).getByRole("textbox", { name: "指标一的实际完成" }), "-50");
    expect(row).toHaveTextContent("目标为 0，实际 -50");
    await user.clear(target);
    await user.type(target, "-100");
    expect(row).toHaveTextContent("150%");
  });

  it("takes a restaurant department's report: revenue with completion computed, complaints, reviews checked", async () => {
    const user = userEvent.setup({ delay: null });
    const submit = vi.fn<(fields: ReportFields) => Promise<SubmittedReport>>(() =>
      Promise.resolve(buildSubmittedReport()),
    );
    await renderForm({
      submit,
      section: buildReportSection({
        title: { zh: "各部门上周工作总结及本周工作计划", en: "Departments" },
        fields: ["staffing", "revenue", "financialAnalysis", "complaints", "onlineReviews"],
      }),
    });
    const labels = screen.getAllByText(/^(店面人事管理情况|营收情况|财务数据分析情况|客诉情况|美团点评情况)$/);
    expect(labels.map((el) => el.textContent)).toEqual([
      "店面人事管理情况",
      "营收情况",
      "财务数据分析情况",
      "客诉情况",
      "美团点评情况",
    ]);
    await user.click(screen.getByRole("button", { name: "添加营收指标" }));
    await user.type(screen.getByRole("textbox", { name: "营收指标一的名称" }), "营业额");
    await user.type(screen.getByRole("textbox", { name: "营收指标一的目标" }), "50");
    await user.type(screen.getByRole("textbox", { name: "营收指标一的实际完成" }), "46");
    expect(within(screen.getByRole("table", { name: "营收情况" })).getAllByRole("row")[1]).toHaveTextContent("92%");

    await user.type(screen.getByRole("textbox", { name: "客诉数量" }), "-2");
    expect(screen.getByText("“客诉数量”须为不小于 0 的整数：-2")).toBeInTheDocument();
    await user.clear(screen.getByRole("textbox", { name: "客诉数量" }));
    await user.type(screen.getByRole("textbox", { name: "客诉数量" }), "2");
    await user.type(screen.getByRole("textbox", { name: "处理情况" }), "菜品上错，已致歉并赠送甜品");

    await user.click(screen.getByRole("button", { name: "添加点评平台" }));
    const platform = screen.getByRole("group", { name: "点评平台一" });
    await user.type(within(platform).getByRole("textbox", { name: "平台" }), "大众点评");
    await user.type(within(platform).getByRole("textbox", { name: "评分" }), "5.2");
    await user.type(within(platform).getByRole("textbox", { name: "新增评价数" }), "18");
    expect(screen.getByText("第一个平台：评分须为 0 到 5 之间的数字：5.2")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "提交汇报" }));
    expect(submit).not.toHaveBeenCalled();

    await user.clear(within(platform).getByRole("textbox", { name: "评分" }));
    await user.type(within(platform).getByRole("textbox", { name: "评分" }), "4.6");
    await user.click(screen.getByRole("button", { name: "提交汇报" }));
    await waitFor(() => {
      expect(submit).toHaveBeenCalledOnce();
    });
    expect(submit.mock.calls[0]?.[0]).toEqual({
      revenue: [{ metric: "营业额", unit: "", target: "50", actual: "46", lastYear: "" }],
      complaints: { count: "2", handling: "菜品上错，已致歉并赠送甜品" },
      onlineReviews: [{ platform: "大众点评", rating: "4.6", newReviews: "18" }],
    });
  });

  it("names the row and column of a KPI cell that is not a number, and blocks submit", async () => {
    const user = userEvent.setup();
    const submit = vi.fn(() => Promise.resolve(buildSubmittedReport()));
    await renderForm(
      { submit, initialFields: { kpis: [buildKpiRow(), buildKpiRow({ metric: "毛利" })] } },
      { locale: "en-US" },
    );
    const actual = screen.getByRole("textbox", { name: "KPI 2: Actual" });
    await user.clear(actual);
    await user.type(actual, "十万");
    expect(screen.getByText("Item 2, Actual: “十万” is not a number.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Submit report" }));
    expect(submit).not.toHaveBeenCalled();
    expect(screen.getByText("1 things need fixing before you can submit.")).toBeInTheDocument();
    expect(actual).toHaveValue("十万");
  });

  it("sends markup, markdown, emoji and CJK verbatim, and then offers an update", async () => {
    const user = userEvent.setup();
    const hostile = "<script>alert(1)</script> **加急** <b>粗体</b> 👍🏽 中文";
    const submit = vi.fn((fields: ReportFields) =>
      Promise.resolve(buildSubmittedReport({ fields, savedAt: new Date().toISOString() })),
    );
    await renderForm({ submit });
    await user.click(screen.getByRole("textbox", { name: "上周工作回顾" }));
    await user.paste(hostile);
    await user.click(screen.getByRole("button", { name: "提交汇报" }));
    await waitFor(() => {
      expect(submit).toHaveBeenCalledWith({ review: hostile });
    });
    expect(await screen.findByText(/^已提交 · \d{1,2}:\d{2}$/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "更新汇报" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "上周工作回顾" })).toHaveValue(hostile);
    expect(document.querySelector("script")).toBeNull();
  });

  it("keeps the values and shows the error when a submit fails, then succeeds on retry", async () => {
    const user = userEvent.setup();
    const submit = vi
      .fn<(fields: ReportFields) => Promise<SubmittedReport>>()
      .mockRejectedValueOnce(
        new GraphRequestError({ status: 429, code: "TooManyRequests", message: "Too many requests" }),
      )
      .mockImplementation((fields) =>
        Promise.resolve(buildSubmittedReport({ fields, savedAt: new Date().toISOString() })),
      );
    await renderForm({ submit });
    await user.click(screen.getByRole("textbox", { name: "上周工作回顾" }));
    await user.paste("完成备货");
    await user.click(screen.getByRole("button", { name: "提交汇报" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Microsoft 365 当前请求过多");
    expect(screen.getByRole("textbox", { name: "上周工作回顾" })).toHaveValue("完成备货");
    await user.click(within(alert).getByRole("button", { name: "重试" }));
    expect(await screen.findByText(/^已提交 · /)).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(submit).toHaveBeenCalledTimes(2);
  });

  it("explains a report too large to store", async () => {
    const user = userEvent.setup();
    const submit = () => Promise.reject(new ReportSubmitError("tooLarge", { cause: new Error("Payload over limit") }));
    await renderForm({ submit });
    await user.click(screen.getByRole("textbox", { name: "上周工作回顾" }));
    await user.paste("很长的汇报");
    await user.click(screen.getByRole("button", { name: "提交汇报" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("汇报内容太多，超出了可保存的大小");
    expect(screen.getByRole("textbox", { name: "上周工作回顾" })).toHaveValue("很长的汇报");
  });

  it("asks for the missing parts only once a submit is tried", async () => {
    const user = userEvent.setup();
    await renderForm();
    await user.click(screen.getByRole("button", { name: "添加配合事项" }));
    const request = screen.getByRole("group", { name: "配合事项一" });
    await user.type(within(request).getByRole("textbox", { name: "配合部门或人员" }), "仓库");
    expect(screen.queryByText(/请填写需要配合做什么/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "提交汇报" }));
    expect(screen.getByText("第一个配合事项：请填写需要配合做什么。")).toBeInTheDocument();
  });

  it("keeps the draft through an unmount and a reload", async () => {
    const user = userEvent.setup({ delay: null });
    const { store, reopen } = await openFreshStore();
    const first = await renderForm({}, { store });
    // Skips the draft's 300 ms write delay. setTimeout alone is faked, and it still moves with real
    // time for testing-library's own waits; fake-indexeddb runs on setImmediate.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    await user.click(screen.getByRole("textbox", { name: "上周工作回顾" }));
    await user.paste("双十二 备货 👍");
    await act(() => vi.advanceTimersByTimeAsync(300));
    vi.useRealTimers();
    await screen.findByText(/^草稿已自动保存 /);
    first.unmount();
    store.close();

    const reloaded = await reopen();
    await renderWithProviders(<ReportForm {...buildProps()} />, { store: reloaded });
    await waitFor(() => {
      expect(screen.getByRole("textbox", { name: "上周工作回顾" })).toHaveValue("双十二 备货 👍");
    });
  });

  it("shows last time's answer as a folded reference", async () => {
    const user = userEvent.setup();
    await renderForm({ previous: { review: "上周完成了 618 复盘", kpis: [buildKpiRow()] } });
    const toggle = screen.getByRole("button", { name: "上次：上周完成了 618 复盘" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getAllByText("上周完成了 618 复盘").length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "上次：1 项" })).toBeInTheDocument();
  });

  it("warns when drafts cannot be kept", async () => {
    const { createMemoryDraftStore } = await import("@/lib/drafts");
    await renderForm({}, { store: createMemoryDraftStore() });
    expect(screen.getByText(/此浏览器无法长期保存草稿/)).toBeInTheDocument();
  });

  it("says when someone else submitted the report for the speaker, until the speaker submits it", async () => {
    const user = userEvent.setup();
    const fields = buildReportFields();
    const submit = vi.fn(() =>
      Promise.resolve(buildSubmittedReport({ fields, revision: 2, savedAt: new Date().toISOString() })),
    );
    await renderForm({
      initialFields: fields,
      submitted: buildSubmittedReport({ fields, onBehalfBy: "王建国" }),
      submit,
    });
    expect(screen.getByText(/由 王建国 代为提交 · /)).toHaveTextContent(
      /由 王建国 代为提交 · .*由你本人提交后才算你的汇报。/,
    );
    await user.click(screen.getByRole("button", { name: "更新汇报" }));
    expect(submit).toHaveBeenCalled();
    expect(await screen.findByText(/^已更新 · /)).toBeInTheDocument();
    expect(screen.queryByText(/代为提交/)).not.toBeInTheDocument();
  });
});

describe("ReportForm keyboard", () => {
  it("does not send the report when Enter is pressed in a KPI cell", async () => {
    const user = userEvent.setup();
    const submit = vi.fn(() => Promise.resolve(buildSubmittedReport()));
    await renderForm({ submit, initialFields: { kpis: [buildKpiRow()] } });
    await user.type(screen.getByRole("textbox", { name: "指标一的目标" }), "0{Enter}");
    expect(submit).not.toHaveBeenCalled();
  });
});
