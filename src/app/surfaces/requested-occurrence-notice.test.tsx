import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/lib/i18n/create-i18n";
import { ServicesProvider } from "@/lib/app-services/services-context";
import type { AppServices } from "@/lib/app-services/services-context";
import type { GraphClient } from "@/lib/graph";
import { buildOccurrence } from "@/features/series/testing/build-series";
import type { RequestedOccurrenceState } from "@/features/series";
import { appStrings } from "../app-strings";
import { RequestedOccurrenceNotice } from "./requested-occurrence-notice";

async function renderNotice(locale: "zh-CN" | "en-US", state: RequestedOccurrenceState, onOpen = vi.fn()) {
  const i18n = await createI18n(locale, { app: appStrings });
  const services: AppServices = {
    graph: {} as GraphClient,
    host: {
      context: {
        host: "browser",
        hostName: "Browser",
        frame: "sidePanel",
        locale,
        theme: "light",
        timeZone: "Europe/Berlin",
      },
      onThemeChange: () => () => undefined,
    },
    viewer: { locale, timeZone: "Europe/Berlin" },
  };
  render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={teamsLightTheme}>
        <ServicesProvider services={services}>
          <RequestedOccurrenceNotice state={state} timeZone="China Standard Time" onOpen={onOpen} />
        </ServicesProvider>
      </FluentProvider>
    </I18nextProvider>,
  );
  return onOpen;
}

afterEach(() => {
  cleanup();
});

// A Shanghai Monday 16:30–17:30 after Europe's clock change; the link named the Tuesday after it.
const nearest = buildOccurrence("2027-06-14T08:30:00Z", { end: new Date("2027-06-14T09:30:00Z") });
const tuesday = new Date("2027-06-15T08:30:00Z");

describe("RequestedOccurrenceNotice", () => {
  it("says in Chinese that the linked meeting is not in the series and opens the nearest one on request", async () => {
    const onOpen = await renderNotice("zh-CN", { kind: "notInSeries", at: tuesday, nearest });
    expect(
      screen.getByText(
        "链接指向的会议（6月15日周二 16:30 中国标准时间（你的时间 10:30））不在此会议系列中。 最近的一次会议：6月14日周一 16:30–17:30 中国标准时间（你的时间 10:30–11:30）",
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "打开最近的会议" }));
    expect(onOpen).toHaveBeenCalledWith(nearest.key);
  });

  it("says in English that the linked meeting was cancelled, with the nearest one", async () => {
    await renderNotice("en-US", { kind: "cancelled", at: new Date("2027-06-21T08:30:00Z"), nearest });
    const text = screen.getByTestId("requested-occurrence").textContent.replace(/[\u2009\u202f]/g, " ");
    expect(text).toContain(
      "The meeting the link points to (Mon, Jun 21, 4:30 PM China Standard Time (your time 10:30 AM)) was cancelled and will not take place.",
    );
    expect(text).toContain(
      "Nearest meeting: Mon, Jun 14, 4:30 – 5:30 PM China Standard Time (your time 10:30 – 11:30 AM)",
    );
    expect(screen.getByRole("button", { name: "Open the nearest meeting" })).toBeInTheDocument();
  });

  it("says so when a series has no other meeting, and offers none", async () => {
    await renderNotice("en-US", { kind: "notInSeries" });
    expect(
      screen.getByText(
        "The meeting the link points to is not part of this meeting series. This series has no other meeting to open.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("says it is looking the meeting up while it is", async () => {
    await renderNotice("zh-CN", { kind: "loading" });
    expect(screen.getByText("正在查找链接指向的会议…")).toBeInTheDocument();
  });
});
