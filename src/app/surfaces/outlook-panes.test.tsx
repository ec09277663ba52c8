// The Outlook task panes against the Graph emulator over real HTTP: the organizer inserts this
// occurrence's agenda into the invitation (a topic's hostile title arriving as text), and an
// attendee's report, submitted from their pane, is counted in the organizer's tracker.
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmulator } from "../../../emulator/start-emulator";
import { findChatByTopic, getTenant } from "../../../test/support/emulator-admin";
import { connectAs, groupId, seedWeeklySeries } from "../../../test/support/seed-series";
import type { SeededSeries } from "../../../test/support/seed-series";
import { ServicesProvider } from "@/lib/app-services/services-context";
import { createMemoryDraftStore } from "@/lib/drafts";
import { createI18n } from "@/lib/i18n/create-i18n";
import { stubResizeObserver } from "@/lib/testing/stub-resize-observer";
import { buildFakeAppointment } from "@/lib/office/testing/build-fake-appointment";
import type { AppointmentPort } from "@/lib/office/appointment-port";
import { seriesStrings } from "@/features/series";
import { agendaStrings } from "@/features/agenda";
import { followUpStrings } from "@/features/follow-up";
import { minutesStrings } from "@/features/minutes";
import { reportsStrings } from "@/features/reports";
import { setupStrings } from "@/features/setup";
import { addTopic } from "@/features/agenda/api/agenda-store";
import { setActiveI18n } from "../lazy-strings";
import { TabConfigProvider } from "../tab-config-context";
import { OutlookOrganizerPane, strings as organizerStrings } from "./outlook-organizer-pane";
import { OutlookAttendeePane, strings as attendeeStrings } from "./outlook-attendee-pane";

const gm = "wang.jianguo@yunzhan.example";
const noteTaker = "sun.li@yunzhan.example";
const hostile = "<img src=x onerror=alert(1)>";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let seeded: SeededSeries;
let chatId = "";
let occurrenceKey = "";
let speakerUpn = "";

beforeAll(async () => {
  // jsdom's page is http: links back to the meeting are the demo's own URLs, as in a plain browser.
  vi.stubEnv("VITE_DEMO", "true");
  stubResizeObserver();
  emulator = await startEmulator({ port: 0 });
  const tenant = await getTenant(emulator.url);
  chatId = findChatByTopic(tenant, "周例会").id;
  seeded = await seedWeeklySeries(emulator.url, chatId, gm, noteTaker);
  const next = seeded.series.occurrences.find((o) => o.status !== "cancelled" && o.end.getTime() > Date.now());
  if (!next) throw new Error("周例会 has an upcoming occurrence");
  occurrenceKey = next.key;
  const speakerKey = Object.values(seeded.config.speakers).flat()[0] ?? "";
  speakerUpn = tenant.users.find((u) => u.id === speakerKey)?.userPrincipalName ?? "";
  if (!speakerUpn) throw new Error("周例会 has a speaker");
  // A topic raised by an attendee whose title is markup: the agenda is generated with it.
  await addTopic(connectAs(emulator.url, speakerUpn), seeded.workspace, chatId, {
    schemaVersion: 1,
    id: "hostile-topic",
    title: hostile,
    minutes: 5,
    raisedBy: speakerKey,
    occurrenceKey,
    createdAt: new Date().toISOString(),
  });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  await emulator.close();
});

afterEach(() => {
  cleanup();
});

async function renderPane(
  upn: string,
  pane: "organizer" | "attendee",
  appointment: AppointmentPort,
  where: { locale?: "zh-CN" | "en-US"; seriesId?: string } = {},
) {
  const locale = where.locale ?? "zh-CN";
  // Each render has its own i18n, and a lazy view registers its strings only on its first load.
  const i18n = await createI18n(locale, {
    series: seriesStrings,
    agenda: agendaStrings,
    followUp: followUpStrings,
    minutes: minutesStrings,
    reports: reportsStrings,
    setup: setupStrings,
    ...(pane === "organizer" ? organizerStrings : attendeeStrings),
  });
  setActiveI18n(i18n);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  // The drafts gate's store, in memory as jsdom has no IndexedDB.
  queryClient.setQueryData(["draft-store"], createMemoryDraftStore());
  const services = {
    graph: connectAs(emulator.url, upn),
    host: {
      context: {
        host: "browser" as const,
        hostName: "Outlook" as const,
        frame: "content" as const,
        locale,
        theme: "light" as const,
        userPrincipalName: upn,
        timeZone: "Asia/Shanghai",
      },
      onThemeChange: () => () => undefined,
    },
    viewer: { locale, timeZone: "Asia/Shanghai", userPrincipalName: upn },
  };
  const tabConfig = { readGroupId: () => Promise.resolve(groupId), saveGroupId: () => Promise.resolve() };
  const Pane = pane === "organizer" ? OutlookOrganizerPane : OutlookAttendeePane;
  render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={teamsLightTheme}>
        <QueryClientProvider client={queryClient}>
          <ServicesProvider services={services}>
            <TabConfigProvider port={tabConfig}>
              <Pane
                seriesId={where.seriesId ?? chatId}
                occurrenceKey={where.seriesId === undefined ? occurrenceKey : undefined}
                appointment={appointment}
              />
            </TabConfigProvider>
          </ServicesProvider>
        </QueryClientProvider>
      </FluentProvider>
    </I18nextProvider>,
  );
}

describe("the organizer's Outlook pane", () => {
  it("inserts the agenda into the invitation with hostile text literal, and warns before inserting twice", async () => {
    const user = userEvent.setup();
    const appointment = buildFakeAppointment();
    await renderPane(gm, "organizer", appointment);

    expect(await screen.findByRole("heading", { level: 1, name: "周例会" })).toBeInTheDocument();
    const setup = await screen.findByRole("region", { name: "例会配置" });
    expect(within(setup).getByText("周例会")).toBeInTheDocument();
    expect(within(setup).getByRole("list", { name: "发言人" })).toHaveTextContent("李娜");
    await user.click(await screen.findByRole("button", { name: "将议程插入邀请" }));
    expect(await screen.findByText("议程已插入邀请正文顶部。请发送或更新邀请。")).toBeInTheDocument();

    const body = new DOMParser().parseFromString(appointment.body, "text/html");
    expect(body.querySelectorAll("img, script")).toHaveLength(0);
    expect(body.body.textContent).toContain(hostile);
    expect(body.body.textContent).toContain("周例会");
    expect(body.body.textContent).toContain("汇报截止");
    expect(appointment.body.endsWith("<p>周例会</p>")).toBe(true);

    await user.click(screen.getByRole("button", { name: "将议程插入邀请" }));
    expect(await screen.findByText(/邀请正文中已有一份例会通议程/)).toBeInTheDocument();
    expect(appointment.prependCount).toBe(1);
    await user.click(screen.getByRole("button", { name: "仍然插入" }));
    await waitFor(() => {
      expect(appointment.prependCount).toBe(2);
    });
  });

  it("posts the agenda card to the meeting chat, in English for an English Outlook", async () => {
    const user = userEvent.setup();
    await renderPane(gm, "organizer", buildFakeAppointment(), { locale: "en-US" });
    expect(await screen.findByRole("button", { name: "Insert agenda into invitation" })).toBeEnabled();
    const openInTeams = screen.getByRole("link", { name: "Open in Teams" }).getAttribute("href") ?? "";
    expect(new URL(openInTeams).searchParams.get("chat")).toBe(chatId);
    await user.click(screen.getByRole("button", { name: "Post to meeting chat" }));
    expect(await screen.findByText(/^Version 1 posted/)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Reports" })).toBeInTheDocument();
  });

  it("offers to configure an unconfigured series from a template here, or to open it in Teams", async () => {
    const user = userEvent.setup();
    const monthly = findChatByTopic(await getTenant(emulator.url), "月例会").id;
    await renderPane(gm, "organizer", buildFakeAppointment(), { seriesId: monthly });
    expect(await screen.findByText("此会议系列还没有配置例会通。")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "在 Teams 中打开" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "将议程插入邀请" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "在此用模板配置" }));
    expect(await screen.findByRole("button", { name: "保存配置" })).toBeInTheDocument();
  });

  it("keeps Outlook's refusal on screen when the body cannot be written", async () => {
    const user = userEvent.setup();
    await renderPane(gm, "organizer", buildFakeAppointment({ failWith: "Office: the item is read-only" }));
    await user.click(await screen.findByRole("button", { name: "将议程插入邀请" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("议程未能插入邀请：Office: the item is read-only");
  });
});

describe("the attendee's Outlook pane", () => {
  it("submits the report, which the organizer's tracker then counts", async () => {
    const user = userEvent.setup();
    await renderPane(speakerUpn, "attendee", buildFakeAppointment({ mode: "attendeeRead" }));
    const report = await screen.findByRole("region", { name: "我的汇报" });
    const submit = await within(report).findByRole("button", { name: "提交汇报" });
    await user.type(within(report).getByRole("textbox", { name: "上周工作回顾" }), "双十一备货完成");
    await user.click(submit);
    expect(await within(report).findByText(/已提交/)).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "请假申请" })).toBeInTheDocument();
    expect(await screen.findByText("此前会议没有分配给你、仍待验收的行动项。")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "将议程插入邀请" })).not.toBeInTheDocument();
    cleanup();

    await renderPane(gm, "organizer", buildFakeAppointment());
    const tracker = await screen.findByRole("region", { name: "汇报提交情况" });
    expect(await within(tracker).findByText(/已提交 1\//)).toBeInTheDocument();
  });
});
