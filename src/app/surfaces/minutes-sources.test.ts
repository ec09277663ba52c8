import { describe, expect, it } from "vitest";
import type { StoredRecord } from "@/meeting/api/workspace/types";
import type { ReportValue } from "@/meeting/model/records/report-record";
import { buildFullReportValue } from "@/meeting/testing/build-records";
import { buildPerson } from "@/features/series/testing/build-series";
import { buildMinutesSources } from "./minutes-sources";

function storedReport(value: ReportValue, key: string): StoredRecord<ReportValue> {
  return { key, seriesId: "s", itemId: "1", etag: "e", title: key, value, modifiedAt: "2026-12-06T10:00:00Z" };
}

const people = [
  buildPerson({ name: "王建国", email: "Wang.Jianguo@yunzhan.example", id: "id-wang" }),
  buildPerson({ name: "李娜", email: "li.na@yunzhan.example" }),
];
const names = { "li.na@yunzhan.example": "李娜" };

describe("the minutes' first draft sources", () => {
  it("titles agenda items in the viewer's language and names their speakers", () => {
    const sources = buildMinutesSources({
      agendaItems: [
        { id: "i1", title: { zh: "运营部汇报", en: "Operations" }, minutes: 10, speaker: "li.na@yunzhan.example" },
      ],
      reports: [],
      people,
      names,
      language: "en-US",
    });
    expect(sources.agendaItems).toEqual([
      { id: "i1", title: "Operations", minutes: 10, speaker: { upn: "li.na@yunzhan.example", name: "李娜" } },
    ]);
    expect(sources.attendees.map((a) => a.upn)).toEqual(["id-wang", "id-li.na"]);
  });

  it("keys attendees by their object id, and leaves distribution lists out", () => {
    const sources = buildMinutesSources({
      agendaItems: [],
      reports: [],
      people: [
        buildPerson({
          name: "王建国",
          email: "wang.jianguo@yunzhan.example",
          upn: "wjg@yunzhan.onmicrosoft.com",
          id: "id-wang",
        }),
        buildPerson({ name: "管理层通讯组", email: "managers@yunzhan.example", kind: "distributionList" }),
        buildPerson({ name: "外部顾问", email: "logistics@outside.example", kind: "external" }),
      ],
      names,
      language: "zh-CN",
    });
    expect(sources.attendees).toEqual([
      { upn: "id-wang", name: "王建国", id: "id-wang", kind: "member" },
      { upn: "logistics@outside.example", name: "外部顾问", kind: "external" },
    ]);
  });

  it("turns each help-needed row of each report into a request naming its report row", () => {
    const report = buildFullReportValue({
      fields: {
        helpNeeded: [
          { target: "客服部", what: "支援两人" },
          { target: "财务部", what: "加快退款审批" },
        ],
      },
    });
    const sources = buildMinutesSources({
      agendaItems: [],
      reports: [storedReport(report, "report|a"), storedReport(buildFullReportValue({ fields: {} }), "report|b")],
      people,
      names,
      language: "zh-CN",
    });
    expect(sources.helpRequests.map((h) => [h.reportKey, h.index, h.from.name, h.target])).toEqual([
      ["report|a", 0, "李娜", "客服部"],
      ["report|a", 1, "李娜", "财务部"],
    ]);
  });
});
