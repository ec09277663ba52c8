import "fake-indexeddb/auto";
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildDraftKey, openDraftStore } from "@/lib/drafts";
import type { DraftStore } from "@/lib/drafts";
import type { ReportFields } from "@/meeting/model/records/report-record";
import { buildReportSection, buildSubmittedReport, testOccurrenceKey, testSeriesId } from "../testing/build-report";
import { renderWithProviders } from "../testing/render-with-providers";
import { ReportForm } from "./report-form";
import type { ReportFormProps } from "./report-form";

const draftKey = buildDraftKey({
  kind: "report",
  seriesId: testSeriesId,
  occurrenceKey: testOccurrenceKey,
  userId: "wang.fang@yunzhan.example",
  itemId: "sales",
});
const stores: DraftStore[] = [];
let dbCount = 0;
const people = [
  { upn: "id-li-na", name: "李娜" },
  { upn: "id-zhao-lei", name: "赵磊" },
];
const others = [{ upn: "id-chen", name: "陈晓东" }];

async function renderForm(overrides: Partial<ReportFormProps> = {}) {
  dbCount += 1;
  const store = await openDraftStore({ dbName: `person-field-${dbCount}`, channelName: `person-field-${dbCount}` });
  stores.push(store);
  await renderWithProviders(
    <ReportForm
      section={buildReportSection({ fields: ["review", "supervisor"] })}
      draftKey={draftKey}
      initialFields={{}}
      clock={{ locale: "zh-CN", timeZone: "Asia/Shanghai" }}
      people={people}
      others={others}
      submit={() => Promise.resolve(buildSubmittedReport())}
      {...overrides}
    />,
    { store },
  );
  await waitFor(() => {
    expect(screen.getByRole("button", { name: /^(提交汇报|更新汇报)$/ })).toBeEnabled();
  });
}

afterEach(() => {
  cleanup();
  for (const store of stores.splice(0)) store.close();
});

describe("the report's 监督人", () => {
  it("refuses a typed name that matches nobody, keeps it, and sends once a person is picked", async () => {
    const user = userEvent.setup();
    const submit = vi.fn((fields: ReportFields) => Promise.resolve(buildSubmittedReport({ fields })));
    await renderForm({ submit });
    await user.type(screen.getByRole("textbox", { name: "上周工作回顾" }), "完成");
    const supervisor = screen.getByRole("combobox", { name: "监督人" });
    await user.type(supervisor, "王五");
    await user.click(screen.getByRole("button", { name: "提交汇报" }));
    expect(await screen.findByText("找不到“王五”。请从列表中选择参会人员或工作区成员。")).toBeInTheDocument();
    expect(submit).not.toHaveBeenCalled();
    expect(supervisor).toHaveValue("王五");

    await user.clear(supervisor);
    await user.type(supervisor, "陈");
    await user.click(await screen.findByRole("option", { name: "陈晓东" }));
    expect(supervisor).toHaveValue("陈晓东");
    expect(screen.queryByText(/找不到/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "提交汇报" }));
    await waitFor(() => {
      expect(submit).toHaveBeenCalledTimes(1);
    });
    expect(submit.mock.calls[0]?.[0].supervisor).toEqual({ upn: "id-chen", name: "陈晓东" });
  });

  it("takes a name typed exactly as one of the meeting's people as that person", async () => {
    const user = userEvent.setup();
    const submit = vi.fn((fields: ReportFields) => Promise.resolve(buildSubmittedReport({ fields })));
    await renderForm({ submit });
    await user.type(screen.getByRole("textbox", { name: "上周工作回顾" }), "完成");
    await user.type(screen.getByRole("combobox", { name: "监督人" }), "赵磊");
    await user.tab();
    await user.click(screen.getByRole("button", { name: "提交汇报" }));
    await waitFor(() => {
      expect(submit).toHaveBeenCalledTimes(1);
    });
    expect(submit.mock.calls[0]?.[0].supervisor).toEqual({ upn: "id-zhao-lei", name: "赵磊" });
  });

  it("still shows an older report's supervisor stored as a typed name, and lets it be sent unchanged", async () => {
    const user = userEvent.setup();
    const fields = { review: "完成", supervisor: { upn: "", name: "老张" } };
    const submit = vi.fn((sent: ReportFields) => Promise.resolve(buildSubmittedReport({ fields: sent })));
    await renderForm({ initialFields: fields, submitted: buildSubmittedReport({ fields }), submit });
    expect(screen.getByRole("combobox", { name: "监督人" })).toHaveValue("老张");
    await user.click(screen.getByRole("button", { name: "更新汇报" }));
    await waitFor(() => {
      expect(submit).toHaveBeenCalledTimes(1);
    });
    expect(screen.queryByText(/找不到/)).not.toBeInTheDocument();
  });
});
