import { describe, expect, it } from "vitest";
import { buildSeriesConfig } from "../../testing/build-series-config";
import { restaurantWeekly } from "../templates/presets";
import { getTemplateRules } from "../templates/rules";
import { describeLateness, describeLeaveCutoff, getSeriesRules, listRuleLines } from "./meeting-rules";
import { seriesConfigRecordSchema, toStoredSeriesConfig } from "./series-config";

describe("a series' meeting rules", () => {
  it("reads a configuration stored before rules existed, with its template's rules", () => {
    const config = buildSeriesConfig({ template: structuredClone(restaurantWeekly) });
    const stored = toStoredSeriesConfig(config);
    expect(stored).not.toHaveProperty("rules");
    const read = seriesConfigRecordSchema.safeParse(JSON.parse(JSON.stringify(stored)));
    expect(read.success).toBe(true);
    if (!read.success) return;
    expect(read.data.rules).toBeUndefined();
    expect(getSeriesRules(read.data)).toEqual(getTemplateRules("restaurant-weekly"));
    expect(getSeriesRules(read.data).map((rule) => rule.text.zh)).toContain(
      "全体参会人员专心聆听，不许打断其他人汇报工作，并做好相关记录。",
    );
  });

  it("keeps the series' own edits, an empty list included", () => {
    const rules = [{ kind: "discipline" as const, text: { zh: "会前十分钟签到", en: "Sign in ten minutes early" } }];
    expect(getSeriesRules(buildSeriesConfig({ rules }))).toEqual(rules);
    expect(getSeriesRules(buildSeriesConfig({ rules: [] }))).toEqual([]);
  });

  it("words leave and lateness from the series' settings, after its own discipline", () => {
    const config = buildSeriesConfig({
      template: structuredClone(restaurantWeekly),
      attendance: { leaveCutoffHours: 24, lateness: { kind: "flat", amount: 20 } },
    });
    const lines = listRuleLines(config);
    expect(lines.requirements.map((line) => line.zh)).toHaveLength(3);
    expect(lines.discipline.map((line) => line.zh)).toEqual([
      "会议期间手机调至静音或震动状态。",
      "不能无故请假，请假须提前 1 天提出。",
      "请准时到会，凡迟到者罚款 20 元。",
    ]);
  });

  it("says each lateness policy and cut-off in both languages", () => {
    expect(describeLateness({ kind: "none" })).toEqual({ zh: "请准时到会。", en: "Be on time." });
    expect(describeLateness({ kind: "perMinute", amount: 10 }).zh).toBe("请准时到会，迟到每分钟罚款 10 元。");
    expect(describeLateness({ kind: "perMinute", amount: 10 }).en).toBe(
      "Be on time: lateness is fined CNY 10 per minute.",
    );
    expect(describeLateness({ kind: "flat", amount: 20.5 }).en).toBe("Be on time: anyone late is fined CNY 20.5.");
    expect(describeLeaveCutoff(0).zh).toBe("不能无故请假，请假须在会议开始前提出。");
    expect(describeLeaveCutoff(48).en).toBe("No absence without leave: ask at least 2 days ahead.");
    expect(describeLeaveCutoff(12).zh).toBe("不能无故请假，请假须提前 12 小时提出。");
  });

  it("gives every preset but the 周一早会 rules of its own", () => {
    for (const id of ["weekly", "monthly", "branch-weekly", "restaurant-weekly", "one-hour"])
      expect(getTemplateRules(id).length).toBeGreaterThan(0);
    expect(getTemplateRules("monday-morning")).toEqual([]);
    expect(getTemplateRules("custom")).toEqual([]);
  });
});
