import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/lib/i18n/create-i18n";
import { seriesStrings } from "../strings";
import { buildPerson, buildSeries } from "../testing/build-series";
import type { Series } from "../model/types";
import { SeriesOverview } from "./series-overview";

async function renderOverview(
  locale: "zh-CN" | "en-US",
  now: string,
  options: { timeZone?: string; series?: Series } = {},
) {
  const i18n = await createI18n(locale, { series: seriesStrings });
  render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={teamsLightTheme}>
        <SeriesOverview
          series={options.series ?? buildSeries()}
          viewer={{ locale, timeZone: options.timeZone ?? "Asia/Shanghai" }}
          now={new Date(now)}
        />
      </FluentProvider>
    </I18nextProvider>,
  );
}

afterEach(() => {
  cleanup();
});

describe("SeriesOverview", () => {
  it("shows the series, its rhythm, the next meeting, host and attendees in Chinese", async () => {
    await renderOverview("zh-CN", "2026-12-01T00:00:00Z");
    expect(screen.getByRole("heading", { level: 1, name: "周例会" })).toBeInTheDocument();
    expect(screen.getByTestId("series-recurrence")).toHaveTextContent("每周一 13:30–15:00");
    const next = screen.getByRole("region", { name: "下次会议" });
    expect(next).toHaveTextContent(/12月8日周二.*14:00/);
    expect(within(next).getByText("已改期")).toBeInTheDocument();
    expect(screen.getByText("陈建国")).toBeInTheDocument();
    const attendees = screen.getByRole("heading", { name: "参会人员（2 人）" }).parentElement as HTMLElement;
    expect(
      within(attendees)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining("王芳wang.fang@yunzhan.example"),
      expect.stringContaining("李娜li.na@yunzhan.example"),
    ]);
  });

  it("lists the cancelled occurrence as cancelled in English", async () => {
    await renderOverview("en-US", "2026-12-01T00:00:00Z");
    const upcoming = screen.getByRole("heading", { name: "Coming up" }).parentElement;
    expect(upcoming).not.toBeNull();
    expect(within(upcoming as HTMLElement).getByText("Cancelled")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Next meeting" })).toHaveTextContent(/Tue, Dec 8/);
  });

  it("shows a Berlin viewer the Shanghai times first, named, and their own in brackets", async () => {
    await renderOverview("zh-CN", "2026-12-01T00:00:00Z", { timeZone: "Europe/Berlin" });
    expect(screen.getByTestId("series-recurrence")).toHaveTextContent(
      "每周一 13:30–15:00 中国标准时间（你的时间 06:30–08:00）",
    );
    expect(screen.getByRole("region", { name: "下次会议" })).toHaveTextContent(
      /12月8日周二 14:00–15:30 中国标准时间（你的时间 0?7:00–0?8:30）/,
    );
    expect(screen.queryByText(/自定义时区/)).toBeNull();
  });

  it("says when the meeting's zone is Outlook's legacy custom zone, counted in UTC", async () => {
    await renderOverview("en-US", "2026-12-01T00:00:00Z", {
      series: buildSeries({ timeZone: "UTC", unknownTimeZone: "tzone://Microsoft/Custom" }),
    });
    expect(
      screen.getByText(
        "This meeting uses a legacy Outlook custom time zone (tzone://Microsoft/Custom) that Meetloop can't read: its times and due times count in UTC.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Next meeting" })).toHaveTextContent(/Coordinated Universal Time/);
  });

  it("marks a guest, a distribution list and an outside address with why they cannot take work", async () => {
    await renderOverview("en-US", "2026-12-01T00:00:00Z", {
      series: buildSeries({
        attendees: [
          buildPerson({ name: "李娜", email: "nana@yunzhan.example", upn: "ln@yunzhan.onmicrosoft.com", id: "id-ln" }),
          buildPerson({ name: "Kim Minjun", email: "kim@supplier.example", kind: "guest", id: "id-kim" }),
          buildPerson({ name: "管理层通讯组", email: "managers@yunzhan.example", kind: "distributionList" }),
          buildPerson({ name: "外部物流顾问", email: "logistics@outside.example", kind: "external" }),
        ],
      }),
    });
    const attendees = screen.getByRole("region", { name: "Attendees (4)" });
    const items = within(attendees).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("nana@yunzhan.example");
    expect(items[0]).not.toHaveTextContent("cannot");
    expect(items[1]).toHaveTextContent(
      "Guest: an account from outside the organization, cannot report or own action items",
    );
    expect(items[2]).toHaveTextContent("Distribution list: not a person, cannot report or own action items");
    expect(items[3]).toHaveTextContent(
      "Outside address: not in the organization's directory, cannot report or own action items",
    );
  });
});
