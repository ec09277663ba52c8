// The configuration page's world for component tests: Fluent, i18n (the setup namespace), a query
// cache, app services, and a Graph double at the network edge that answers the two reads the
// workspace picker sends — my groups and a group's plans. Anything else fails the test loudly.
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { ServicesProvider } from "@/lib/app-services/services-context";
import type { AppServices } from "@/lib/app-services/services-context";
import type { GraphClient, GraphResult } from "@/lib/graph";
import { createI18n } from "@/lib/i18n/create-i18n";
import { setupStrings } from "../strings";

/** A group as Graph lists it under /me/memberOf/microsoft.graph.group. */
export interface GraphGroupFixture {
  id: string;
  displayName: string;
  visibility?: string | null;
  groupTypes?: string[];
}

export const managementGroup: GraphGroupFixture = { id: "g-mgmt", displayName: "云栈管理层", visibility: "Private" };
export const allStaffGroup: GraphGroupFixture = { id: "g-all", displayName: "云栈全员", visibility: "Public" };
export const boardGroup: GraphGroupFixture = { id: "g-board", displayName: "董事会", visibility: "HiddenMembership" };
export const clubGroup: GraphGroupFixture = { id: "g-club", displayName: "羽毛球俱乐部", visibility: null };

export interface SetupGraph {
  client: GraphClient;
  /** Every GET path asked for, in order. */
  requested: string[];
}

export function createSetupGraph(groups: GraphGroupFixture[]): SetupGraph {
  const requested: string[] = [];
  const answer = <T,>(body: unknown): Promise<GraphResult<T>> =>
    Promise.resolve({ status: 200, body: body as T, headers: {} });
  const refuse = (what: string): Promise<never> => Promise.reject(new Error(`Fake Graph: unexpected ${what}`));
  const client: GraphClient = {
    get: <T,>(path: string) => {
      requested.push(path);
      if (path.startsWith("/me/memberOf/microsoft.graph.group?"))
        return answer<T>({ value: groups.map((g) => ({ groupTypes: ["Unified"], ...g })) });
      const plans = /^\/groups\/([^/]+)\/planner\/plans/.exec(path);
      if (plans) return answer<T>({ value: [{ id: `plan-${plans[1] ?? ""}`, title: "例会行动项" }] });
      return refuse(`GET ${path}`);
    },
    post: (path: string) => refuse(`POST ${path}`),
    patch: (path: string) => refuse(`PATCH ${path}`),
    put: (path: string) => refuse(`PUT ${path}`),
    delete: (path: string) => refuse(`DELETE ${path}`),
    batch: () => refuse("$batch"),
  };
  return { client, requested };
}

export interface SetupTestOptions {
  locale?: "zh-CN" | "en-US";
  graph?: GraphClient;
  queryClient?: QueryClient;
}

export async function renderSetup(ui: ReactElement, options: SetupTestOptions = {}) {
  const locale = options.locale ?? "zh-CN";
  const i18n = await createI18n(locale, { setup: setupStrings });
  const services: AppServices = {
    graph: options.graph ?? createSetupGraph([]).client,
    host: {
      context: {
        host: "browser",
        hostName: "Browser",
        frame: "settings",
        locale,
        theme: "light",
        timeZone: "Asia/Shanghai",
      },
      onThemeChange: () => () => undefined,
    },
    viewer: { locale, timeZone: "Asia/Shanghai", userPrincipalName: "wang.jianguo@yunzhan.example" },
  };
  const queryClient = options.queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={teamsLightTheme}>
        <QueryClientProvider client={queryClient}>
          <ServicesProvider services={services}>{children}</ServicesProvider>
        </QueryClientProvider>
      </FluentProvider>
    </I18nextProvider>
  );
  return render(ui, { wrapper });
}
