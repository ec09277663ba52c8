import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { ServicesProvider } from "@/lib/app-services/services-context";
import type { AppServices } from "@/lib/app-services/services-context";
import type { GraphClient } from "@/lib/graph";
import { createI18n } from "@/lib/i18n/create-i18n";
import { personalStrings } from "../strings";

/** A Graph client that answers only a task's details read; anything else fails the test loudly. */
export function buildDetailsOnlyGraph(description: string): GraphClient {
  const refuse = (): Promise<never> => Promise.reject(new Error("No other Graph request is expected in this test"));
  return {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- GraphClient.get is generic; the stub answers one shape
    get: <T,>(path: string) =>
      path.endsWith("/details") ? Promise.resolve({ status: 200, body: { description } as T, headers: {} }) : refuse(),
    post: refuse,
    patch: refuse,
    put: refuse,
    delete: refuse,
    batch: refuse,
  };
}

export interface PersonalTestOptions {
  locale?: "zh-CN" | "en-US";
  graph?: GraphClient;
  queryClient?: QueryClient;
}

/** The providers src/app puts around the tab: Fluent, i18n (personal namespace), a query cache and app services. */
export async function createPersonalWrapper(options: PersonalTestOptions = {}) {
  const locale = options.locale ?? "zh-CN";
  const i18n = await createI18n(locale, { personal: personalStrings });
  const services: AppServices = {
    graph: options.graph ?? buildDetailsOnlyGraph(""),
    host: {
      context: {
        host: "browser",
        hostName: "Browser",
        frame: "personal",
        locale,
        theme: "light",
        timeZone: "Asia/Shanghai",
      },
      onThemeChange: () => () => undefined,
    },
    viewer: { locale, timeZone: "Asia/Shanghai", userPrincipalName: "li.na@yunzhan.example" },
  };
  const queryClient = options.queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return function PersonalProviders({ children }: { children: ReactNode }) {
    return (
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={teamsLightTheme}>
          <QueryClientProvider client={queryClient}>
            <ServicesProvider services={services}>{children}</ServicesProvider>
          </QueryClientProvider>
        </FluentProvider>
      </I18nextProvider>
    );
  };
}

export async function renderPersonal(ui: ReactElement, options: PersonalTestOptions = {}) {
  return render(ui, { wrapper: await createPersonalWrapper(options) });
}
