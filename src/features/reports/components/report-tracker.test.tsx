import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { testWriters } from "@/meeting/testing/build-attributed";
import { summarizeTracker } from "../model/tracker";
import { buildKpiRow, buildReportFields, buildSpeaker, buildStoredReport } from "../testing/build-report";
import { renderWithProviders } from "../testing/render-with-providers";
import { ReportTracker } from "./report-tracker";

const due = new Date("2026-11-29T10:00:00.000Z");
const now = new Date("2026-11-30T01:00:00.000Z");

afterEach(cleanup);

function renderTracker(locale: "zh-CN" | "en-US") {
  const speakers = [
    buildSpeaker(),
    buildSpeaker({ upn: "li.na@yunzhan.example", name: "李娜" }),
    buildSpeaker({
      upn: "zhao.lei@yunzhan.example",
      name: "赵磊",
      sectionId: "warehouse",
      sectionTitle: { zh: "仓库主管汇报", en: "Warehouse report" },
    }),
  ];
  const reports = [
    buildStoredReport({
      value: {
        submittedAt: "2026-11-29T06:05:00.000Z",
        fields: buildReportFields({
          review: "<b>不是粗体</b> **也不是** 👍",
          kpis: [buildKpiRow({ target: "200", actual: "150", lastYear: "0" })],
        }),
      },
    }),
    buildStoredReport({ value: { author: "li.na@yunzhan.example", submittedAt: "2026-11-29T12:30:00.000Z" } }),
  ];
  const clock = { locale, timeZone: "Asia/Shanghai" };
  return renderWithProviders(
    <ReportTracker summary={summarizeTracker(speakers, reports, due, now)} due={due} now={now} clock={clock} />,
    { locale },
  );
}

describe("ReportTracker", () => {
  it("shows counts and each speaker's status, late ones included", async () => {
    await renderTracker("zh-CN");
    expect(screen.getByText("已提交 2/3")).toBeInTheDocument();
    expect(screen.getByText("逾期 2 人")).toBeInTheDocument();
    expect(screen.getByText("截止 11月29日 18:00")).toBeInTheDocument();
    const rows = within(screen.getByRole("list", { name: "发言人" })).getAllByRole("listitem");
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/王芳.*销售后勤汇报.*已提交 11月29日 14:05/),
      expect.stringMatching(/李娜.*逾期提交 11月29日 20:30/),
      expect.stringMatching(/赵磊.*仓库主管汇报.*已逾期/),
    ]);
  });

  it("opens a submitted report read-only, with KPI percentages computed and text shown as typed", async () => {
    const user = userEvent.setup();
    await renderTracker("en-US");
    expect(screen.getByText("2 of 3 submitted")).toBeInTheDocument();
    const [first] = screen.getAllByRole("button", { name: "View report" });
    if (!first) throw new Error("no view button");
    await user.click(first);
    expect(first).toHaveAttribute("aria-expanded", "true");
    const report = screen.getByRole("region", { name: "王芳 · Sales back-office report" });
    expect(within(report).getByText("<b>不是粗体</b> **也不是** 👍")).toBeInTheDocument();
    expect(report.querySelector("b")).toBeNull();
    const kpiRow = within(within(report).getByRole("table", { name: "KPIs" })).getAllByRole("row")[1];
    expect(kpiRow).toHaveTextContent("75%");
    expect(kpiRow).toHaveTextContent(/—$/);
    expect(screen.getByRole("button", { name: "Hide report" })).toBeInTheDocument();
    expect(screen.queryByText("Not yet")).not.toBeInTheDocument();
    expect(screen.getByText("Overdue")).toBeInTheDocument();
  });

  it("shows speakers who have not submitted before the due time as not yet", async () => {
    const speakers = [buildSpeaker()];
    await renderWithProviders(
      <ReportTracker
        summary={summarizeTracker(speakers, [], due, new Date("2026-11-29T09:00:00.000Z"))}
        due={due}
        now={now}
        clock={{ locale: "zh-CN", timeZone: "Asia/Shanghai" }}
      />,
    );
    expect(screen.getByText("已提交 0/1")).toBeInTheDocument();
    expect(screen.getByText("未提交")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "查看汇报" })).not.toBeInTheDocument();
  });

  it("shows a report the host entered for a speaker as entered on their behalf, not as submitted", async () => {
    const user = userEvent.setup();
    const speakers = [buildSpeaker(), buildSpeaker({ upn: "li.na@yunzhan.example", name: "李娜" })];
    const reports = [
      buildStoredReport({ authorship: { kind: "onBehalf", by: testWriters.gm, change: "created" } }),
      buildStoredReport({ value: { author: "li.na@yunzhan.example" } }),
    ];
    await renderWithProviders(
      <ReportTracker
        summary={summarizeTracker(speakers, reports, due, new Date("2026-11-29T09:00:00.000Z"))}
        due={due}
        now={now}
        clock={{ locale: "zh-CN", timeZone: "Asia/Shanghai" }}
      />,
    );
    expect(screen.getByText("已提交 1/2")).toBeInTheDocument();
    expect(screen.getByText("代为提交 1 份（不计入）")).toBeInTheDocument();
    const [wangFang] = within(screen.getByRole("list", { name: "发言人" })).getAllByRole("listitem");
    expect(wangFang).toHaveTextContent("由 王建国 代为提交");
    await user.click(within(wangFang as HTMLElement).getByRole("button", { name: "查看汇报" }));
    expect(screen.getByText(/这份汇报不是王芳本人提交的，不计入王芳的提交。/)).toBeInTheDocument();
  });

  it("shows a host in Berlin the due time on the meeting's clock, then on theirs", async () => {
    await renderWithProviders(
      <ReportTracker
        summary={summarizeTracker([buildSpeaker()], [], due, now)}
        due={due}
        now={now}
        clock={{ locale: "zh-CN", timeZone: "Europe/Berlin", meetingTimeZone: "Asia/Shanghai" }}
      />,
    );
    expect(screen.getByText("截止 11月29日 18:00 中国标准时间（你的时间 11:00）")).toBeInTheDocument();
  });
});
