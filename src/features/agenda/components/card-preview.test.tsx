import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, teamsDarkTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { createCard, plainText } from "@/lib/cards";
import { createI18n } from "@/lib/i18n/create-i18n";
import { weeklyMeeting } from "@/meeting/model/templates/presets";
import { addItem, generateAgenda } from "../model/agenda";
import { buildAgendaCard } from "../model/agenda-card";
import { CardPreview } from "./card-preview";

// jsdom has no innerText, which the Adaptive Cards renderer uses to write text runs; map it to
// textContent (what a browser's innerText setter amounts to for single-line text).
const hadInnerText = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "innerText");
beforeAll(() => {
  if (hadInnerText) return;
  Object.defineProperty(HTMLElement.prototype, "innerText", {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent;
    },
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    },
  });
});
// The first import of the renderer is transformed on the fly and can take seconds in a cold test
// run; warming it here keeps the tests about rendering, not about the test runner's speed.
beforeAll(async () => {
  await import("adaptivecards");
}, 60_000);
afterEach(cleanup);
afterAll(() => {
  if (!hadInnerText) Reflect.deleteProperty(HTMLElement.prototype, "innerText");
});

const hostileTitle = "**加急** <b>双十二</b> [备货](javascript:alert(1)) 👍";

function agendaCard() {
  let agenda = generateAgenda({
    template: weeklyMeeting,
    occurrenceKey: "k",
    host: "host@y.example",
    speakers: { departments: ["ops@y.example"] },
    topics: [],
  });
  agenda = addItem(
    agenda,
    { id: "topic-1", kind: "topic", title: { zh: hostileTitle, en: hostileTitle }, minutes: 10, fields: [] },
    2,
  );
  return buildAgendaCard({
    language: "zh-CN",
    meetingTitle: "周例会",
    when: { start: new Date("2026-11-30T05:30:00Z"), end: new Date("2026-11-30T07:00:00Z"), timeZone: "Asia/Shanghai" },
    agenda,
    displayNames: { "host@y.example": "陈建国", "ops@y.example": "王芳" },
    revision: 1,
    links: {
      fillReport: "https://teams.microsoft.com/l/entity/app/tab?a=1",
      openAgenda: "https://teams.microsoft.com/l/entity/app/tab?a=2",
    },
  });
}

async function renderPreview(card = agendaCard()) {
  const i18n = await createI18n("zh-CN", {});
  return render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={teamsDarkTheme}>
        <CardPreview card={card} label="议程卡片预览" />
      </FluentProvider>
    </I18nextProvider>,
  );
}

describe("CardPreview", () => {
  it("shows a spinner, then the card with user text exactly as typed", async () => {
    await renderPreview();
    expect(screen.getByText("正在加载…")).toBeInTheDocument();
    const title = await screen.findByText(hostileTitle);
    expect(title.tagName).toBe("SPAN");
    expect(title.querySelector("b, a, strong")).toBeNull();
    const preview = screen.getByRole("group", { name: "议程卡片预览" });
    expect(preview).toHaveTextContent("陈建国");
    expect(preview).toHaveTextContent("13:30 · 15 分钟");
    expect(preview.querySelector("script, b, strong")).toBeNull();
    expect(screen.queryByText("正在加载…")).not.toBeInTheDocument();
  });

  it("draws the buttons but does nothing when they are pressed", async () => {
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    await renderPreview();
    const button = await screen.findByRole("link", { name: "填写我的汇报" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    fireEvent.click(button);
    fireEvent.click(screen.getByRole("link", { name: "打开议程" }));
    expect(open).not.toHaveBeenCalled();
    expect(window.location.href).not.toContain("teams.microsoft.com");
    open.mockRestore();
  });

  it("takes its colours from the Fluent theme's CSS variables", async () => {
    await renderPreview(createCard([plainText("x")]));
    await screen.findByText("x");
    const root = screen.getByRole("group").querySelector<HTMLElement>(".ac-adaptiveCard");
    expect(root?.style.backgroundColor).toBe("var(--colorNeutralBackground1)");
  });
});
