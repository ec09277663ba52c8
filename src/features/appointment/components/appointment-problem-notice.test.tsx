import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/lib/i18n/create-i18n";
import { appointmentStrings } from "../strings";
import { appointmentProblemKinds } from "../model/appointment-problem";
import type { AppointmentProblemKind } from "../model/appointment-problem";
import { AppointmentErrorNotice, AppointmentProblemNotice } from "./appointment-problem-notice";

async function renderInLocale(locale: "zh-CN" | "en-US", notice: React.ReactNode) {
  const i18n = await createI18n(locale, { appointment: appointmentStrings });
  render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={teamsLightTheme}>{notice}</FluentProvider>
    </I18nextProvider>,
  );
}

afterEach(() => {
  cleanup();
});

describe("AppointmentProblemNotice", () => {
  for (const locale of ["zh-CN", "en-US"] as const) {
    it.each(appointmentProblemKinds)(`explains %s and what to do, in ${locale}`, async (problem) => {
      await renderInLocale(locale, <AppointmentProblemNotice problem={problem} onRetry={vi.fn()} />);
      const words = appointmentStrings[locale].problems[problem];
      expect(screen.getByText(words.title)).toBeTruthy();
      expect(screen.getByText(words.body)).toBeTruthy();
      expect(screen.getByText(words.action)).toBeTruthy();
    });
  }

  it("offers Try again where the user can fix the item in Outlook, and not for a private meeting", async () => {
    const onRetry = vi.fn();
    await renderInLocale("zh-CN", <AppointmentProblemNotice problem="notSaved" onRetry={onRetry} />);
    await userEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(onRetry).toHaveBeenCalledOnce();
    cleanup();
    const privateProblem: AppointmentProblemKind = "private";
    await renderInLocale("zh-CN", <AppointmentProblemNotice problem={privateProblem} onRetry={onRetry} />);
    expect(screen.queryByRole("button", { name: "重试" })).toBeNull();
  });

  it("shows any other failure with its message", async () => {
    await renderInLocale(
      "en-US",
      <AppointmentErrorNotice error={new Error("Service unavailable")} onRetry={vi.fn()} />,
    );
    expect(screen.getByText("Microsoft 365 could not be reached: Service unavailable")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
