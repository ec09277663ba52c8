import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/lib/i18n/create-i18n";
import { listRuleLines } from "@/meeting/model/series-config/meeting-rules";
import { restaurantWeekly } from "@/meeting/model/templates/presets";
import { buildSeriesConfig } from "@/meeting/testing/build-series-config";
import { agendaStrings } from "../strings";
import { AgendaRules } from "./agenda-rules";

const rules = listRuleLines(
  buildSeriesConfig({
    template: structuredClone(restaurantWeekly),
    attendance: { leaveCutoffHours: 24, lateness: { kind: "perMinute", amount: 10 } },
  }),
);

async function renderRules(locale: "zh-CN" | "en-US") {
  const i18n = await createI18n(locale, { agenda: agendaStrings });
  render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={teamsLightTheme}>
        <AgendaRules rules={rules} />
      </FluentProvider>
    </I18nextProvider>,
  );
}

afterEach(cleanup);

describe("AgendaRules", () => {
  it("lists the series' requirements and discipline, with its lateness policy", async () => {
    await renderRules("zh-CN");
    const region = screen.getByRole("region", { name: "会议要求与纪律" });
    expect(within(region).getByRole("heading", { name: "会议要求" })).toBeInTheDocument();
    expect(
      within(region).getByText("全体参会人员专心聆听，不许打断其他人汇报工作，并做好相关记录。"),
    ).toBeInTheDocument();
    expect(within(region).getByText("请准时到会，迟到每分钟罚款 10 元。")).toBeInTheDocument();
  });

  it("speaks English in en-US", async () => {
    await renderRules("en-US");
    const region = screen.getByRole("region", { name: "Meeting rules" });
    expect(within(region).getByRole("heading", { name: "Discipline" })).toBeInTheDocument();
    expect(within(region).getByText("Be on time: lateness is fined CNY 10 per minute.")).toBeInTheDocument();
  });
});
