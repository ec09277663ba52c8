import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ServicesProvider } from "@/lib/app-services/services-context";
import type { AppServices } from "@/lib/app-services/services-context";
import type { GraphClient } from "@/lib/graph";
import { stubResizeObserver } from "@/lib/testing/stub-resize-observer";
import type { Workspace } from "@/meeting/api/workspace";
import { testWriters } from "@/meeting/testing/build-attributed";
import { addDecision, setAttendanceStatus } from "../model/edit-minutes";
import { buildMinutes, buildStoredMinutes, testChatId, testOccurrenceKey, testPeople } from "../testing/build-minutes";
import { renderWithProviders } from "../testing/render-with-providers";
import { MinutesHistory } from "./minutes-history";

beforeAll(stubResizeObserver);
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(() => {
  cleanup();
});

const workspace: Workspace = {
  groupId: "g",
  siteId: "s",
  lists: {
    series: "l-series",
    agendas: "l-agendas",
    reports: "l-reports",
    topics: "l-topics",
    minutes: "l-minutes",
    attendance: "l-attendance",
    confirmations: "l-confirmations",
    reviews: "l-reviews",
  },
};

const first = buildMinutes();
const second = setAttendanceStatus(
  addDecision(first, "ops", { id: "d1", text: "退货流程本周内改版" }),
  testPeople.service.upn,
  "late",
);
const identity = (who: { id: string; displayName: string }) => ({ user: who });

function buildVersionsGraph(): { graph: GraphClient; paths: string[] } {
  const paths: string[] = [];
  const refuse = (): Promise<never> => Promise.reject(new Error("No other Graph request is expected in this test"));
  const graph: GraphClient = {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- GraphClient.get is generic; the stub answers one shape
    get: <T,>(path: string) => {
      paths.push(path);
      const body = {
        value: [
          {
            id: "2.0",
            lastModifiedDateTime: "2026-11-30T07:10:00Z",
            lastModifiedBy: identity(testWriters.gm),
            fields: { Payload: JSON.stringify(second) },
          },
          {
            id: "1.0",
            lastModifiedDateTime: "2026-11-30T06:00:00Z",
            lastModifiedBy: identity(testWriters.ops),
            fields: { Payload: JSON.stringify(first) },
          },
        ],
      };
      return Promise.resolve({ status: 200, body: body as T, headers: {} });
    },
    post: refuse,
    patch: refuse,
    put: refuse,
    delete: refuse,
    batch: refuse,
  };
  return { graph, paths };
}

async function renderHistory(graph: GraphClient, locale: "zh-CN" | "en-US" = "zh-CN") {
  const services: AppServices = {
    graph,
    host: {
      context: { host: "browser", hostName: "Browser", frame: "content", locale, theme: "light", timeZone: "UTC" },
      onThemeChange: () => () => undefined,
    },
    viewer: { locale, timeZone: "Asia/Shanghai", userPrincipalName: testPeople.host.upn },
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <ServicesProvider services={services}>
        <MinutesHistory
          workspace={workspace}
          seriesId={testChatId}
          occurrenceKey={testOccurrenceKey}
          stored={buildStoredMinutes(second)}
          timeZone="Asia/Shanghai"
        />
      </ServicesProvider>
    </QueryClientProvider>,
    { locale },
  );
}

describe("MinutesHistory", () => {
  it("reads nothing until opened, then lists who changed what and when, newest first", async () => {
    const user = userEvent.setup();
    const { graph, paths } = buildVersionsGraph();
    await renderHistory(graph);
    const toggle = screen.getByRole("button", { name: "查看修改记录" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(paths).toEqual([]);

    await user.click(toggle);
    const list = await screen.findByRole("list", { name: "纪要的各个版本" });
    expect(paths).toEqual([
      `/sites/s/lists/l-minutes/items/${buildStoredMinutes(second).itemId}/versions?$expand=fields($select=Payload)`,
    ]);
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "11月30日 15:10 · 王建国出勤：张敏 迟到；新增决议 1 条版本 2.0",
      "11月30日 14:00 · 李娜创建纪要版本 1.0",
    ]);
    await user.click(screen.getByRole("button", { name: "收起修改记录" }));
    expect(screen.queryByRole("list", { name: "纪要的各个版本" })).not.toBeInTheDocument();
  });

  it("speaks English in en-US", async () => {
    const user = userEvent.setup();
    await renderHistory(buildVersionsGraph().graph, "en-US");
    await user.click(screen.getByRole("button", { name: "Show change history" }));
    expect(await screen.findByText("Attendance: 张敏 Late; Decisions +1")).toBeInTheDocument();
    expect(screen.getByText("Created the minutes")).toBeInTheDocument();
  });
});
