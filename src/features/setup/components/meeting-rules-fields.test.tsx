import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { buildSeriesConfig } from "@/meeting/testing/build-series-config";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { restaurantWeekly } from "@/meeting/model/templates/presets";
import { getTemplateRules } from "@/meeting/model/templates/rules";
import { renderSetup } from "../testing/render-setup";
import { MeetingRulesFields } from "./meeting-rules-fields";

let latest: SeriesConfig | undefined;

function Harness({ initial }: { initial: SeriesConfig }) {
  const [config, setConfig] = useState(initial);
  return (
    <MeetingRulesFields
      config={config}
      onChange={(next) => {
        latest = next;
        setConfig(next);
      }}
    />
  );
}

const stored = buildSeriesConfig({
  template: structuredClone(restaurantWeekly),
  attendance: { leaveCutoffHours: 24, lateness: { kind: "flat", amount: 20 } },
});

afterEach(() => {
  cleanup();
  latest = undefined;
});

describe("MeetingRulesFields", () => {
  it("shows a configuration stored without rules with its template's, and the leave and lateness lines", async () => {
    await renderSetup(<Harness initial={stored} />);
    expect(screen.getByRole("textbox", { name: "会议要求第三条" })).toHaveValue(
      "全体参会人员专心聆听，不许打断其他人汇报工作，并做好相关记录。",
    );
    expect(screen.getByRole("textbox", { name: "会议纪律第一条" })).toHaveValue("会议期间手机调至静音或震动状态。");
    expect(screen.getByText("不能无故请假，请假须提前 1 天提出。")).toBeInTheDocument();
    expect(screen.getByText("请准时到会，凡迟到者罚款 20 元。")).toBeInTheDocument();
  });

  it("edits, adds and removes rules, and restores the template's", async () => {
    const user = userEvent.setup({ delay: null });
    await renderSetup(<Harness initial={stored} />);
    await user.click(screen.getByRole("button", { name: "删除会议要求第一条" }));
    await user.click(screen.getByRole("button", { name: "添加会议纪律" }));
    await user.type(screen.getByRole("textbox", { name: "会议纪律第二条" }), "会前十分钟签到");
    expect(latest?.rules?.filter((rule) => rule.kind === "requirement")).toHaveLength(2);
    expect(latest?.rules?.at(-1)).toEqual({
      kind: "discipline",
      text: { zh: "会前十分钟签到", en: "会前十分钟签到" },
    });
    await user.click(screen.getByRole("button", { name: "恢复为模板的规则" }));
    expect(latest?.rules).toEqual(getTemplateRules("restaurant-weekly"));
  });

  it("speaks English in en-US", async () => {
    await renderSetup(<Harness initial={stored} />, { locale: "en-US" });
    expect(screen.getByRole("textbox", { name: "What we expect, rule 3" })).toHaveValue(
      "Everyone listens closely, takes notes, and never interrupts another person's report.",
    );
    expect(screen.getByText("Be on time: anyone late is fined CNY 20.")).toBeInTheDocument();
  });
});
