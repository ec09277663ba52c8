// Start-up after the first paint: connect to the host (Teams or a plain browser), load the
// language, sign in, create the one Graph client, then draw the surface the host asked for.
import { StrictMode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { PersistQueryClientProvider } from "@tanstack/react-query-persist-client";
import { I18nextProvider } from "react-i18next";
import type { Root } from "react-dom/client";
import { readConfig } from "@/lib/config";
import { startHostConnection } from "@/lib/teams";
import type { HostConnection, HostPort } from "@/lib/teams";
import { buildAdminConsentUrl, createAuth } from "@/lib/auth";
import type { AuthPort } from "@/lib/auth";
import { adminConsentScopes, createGraphClient, signInScopes } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { createI18n } from "@/lib/i18n/create-i18n";
import { ServicesProvider } from "@/lib/app-services/services-context";
import type { AppServices } from "@/lib/app-services/services-context";
import { loadTheme } from "@/lib/ui/themes";
import type { ThemeName } from "@/lib/ui/themes";
import { seriesStrings } from "@/features/series/strings";
import { seriesStartUpScopes } from "@/features/series";
import { registerStrings, setActiveI18n } from "./lazy-strings";
import { createTabConfig } from "./tab-config";
import { TabConfigProvider } from "./tab-config-context";
import { BootFailure } from "./boot-failure";
import { Shell } from "./shell";
import { Surface } from "./surface";
import { ThemedShell } from "./themed-shell";
import { createLocalStore, createPersistOptions, revalidateRestored } from "./query-persistence";

// The app's own bundle comes with the surfaces that use it (surface.tsx): the series needs only its own.
const stringBundles = { series: seriesStrings };

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Graph throttling and retries are handled in lib/graph; a failed query shows its error at once.
      queries: { retry: false, refetchOnWindowFocus: false },
    },
  });
}

/** Auth options for this app: the first screen's scopes at sign-in, and the scopes only an admin grants. */
function authOptions() {
  return { signInScopes: signInScopes(), adminConsentScopes: adminConsentScopes() };
}

/**
 * In Teams and Outlook, auth starts as soon as the host has answered (nested app auth needs only
 * that: its bridge is installed on that answer), beside the read of the host's context, and asks
 * at once for one token for the first screen. Undefined elsewhere: a browser's auth needs the host.
 */
function startTeamsAuth(connection: HostConnection): Promise<AuthPort | undefined> {
  return connection.kind.then(async (kind) => {
    if (kind === "browser") return undefined;
    const auth = await createAuth(readConfig(), { context: { host: kind } }, authOptions());
    auth.warmUp?.(seriesStartUpScopes());
    return auth;
  });
}

/**
 * The demo's Outlook pane (`?frame=outlook&as=<upn>`) runs in a plain browser: its appointment is
 * the fake Office host's, an event of the persona's emulator calendar.
 */
async function withDemoAppointment(host: HostPort, graph: GraphClient): Promise<HostPort> {
  // NOTE: a literal VITE_DEMO comparison beside the import() (lib/config/demo-build.ts).
  if (import.meta.env.VITE_DEMO !== "true" || host.context.frame !== "outlook" || host.appointment !== undefined)
    return host;
  const { createFakeOfficeAppointment, readFakeOfficeParams } = await import("./demo/fake-office-host");
  const params = readFakeOfficeParams(new URLSearchParams(window.location.search));
  return params === undefined ? host : { ...host, appointment: createFakeOfficeAppointment(graph, params, new Date()) };
}

export async function boot(root: Root, initialTheme: ThemeName): Promise<void> {
  const connection = startHostConnection(window.location);
  const teamsAuth = startTeamsAuth(connection);
  // The context is asked for once auth has sent its first request to the host, so the two wait
  // side by side. A failure of auth is shown below, inside the try that draws it.
  const host = await teamsAuth.then(
    () => connection.readPort(),
    () => connection.readPort(),
  );
  // The host's theme is loaded beside the rest, so the surface is drawn in it at once.
  const themeLoaded = loadTheme(host.context.theme).catch((error: unknown) => {
    console.error("Meetloop: the theme could not be loaded", error);
  });
  const i18n = await createI18n(host.context.locale, stringBundles);
  setActiveI18n(i18n);
  try {
    // NOTE: a literal VITE_DEMO comparison beside the import() lets the production build drop the
    // demo chunk entirely (see lib/config/demo-build.ts).
    if (import.meta.env.VITE_DEMO === "true" && host.context.frame === "start" && !host.context.userPrincipalName) {
      const { StartPage, strings } = await import("./demo/start-page");
      registerStrings(strings);
      root.render(
        <StrictMode>
          <I18nextProvider i18n={i18n}>
            <ThemedShell host={host}>
              <StartPage />
            </ThemedShell>
          </I18nextProvider>
        </StrictMode>,
      );
      return;
    }
    const config = readConfig();
    // Incremental consent: the first sign-in asks for what the first screen needs; every other
    // scope is asked for by the operation that first needs it (docs/deploy.md §1).
    const [auth, tabConfig] = await Promise.all([
      teamsAuth.then((early) => early ?? createAuth(config, host, authOptions())),
      createTabConfig(host, host.context.chatId),
      themeLoaded,
    ]);
    const adminConsentUrl =
      config.aadClientId === undefined
        ? undefined
        : buildAdminConsentUrl({
            authority: config.aadAuthority,
            clientId: config.aadClientId,
            tenantId: host.context.tenantId,
          });
    const graph = createGraphClient({ baseUrl: config.graphBaseUrl, auth, cloud: config.cloud });
    const services: AppServices = {
      host: await withDemoAppointment(host, graph),
      graph,
      viewer: {
        locale: i18n.language,
        timeZone: host.context.timeZone,
        userPrincipalName: host.context.userPrincipalName,
        ...(host.context.userObjectId === undefined ? {} : { userObjectId: host.context.userObjectId }),
      },
      ...(adminConsentUrl === undefined ? {} : { adminConsentUrl }),
    };
    const localStore = createLocalStore(host.context);
    if (localStore !== undefined) services.localStore = localStore;
    const surface = (
      <ServicesProvider services={services}>
        <TabConfigProvider port={tabConfig}>
          <ThemedShell host={host}>
            <Surface />
          </ThemedShell>
        </TabConfigProvider>
      </ServicesProvider>
    );
    const queryClient = createQueryClient();
    const persistOptions = createPersistOptions(host.context);
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          {persistOptions === undefined ? (
            <QueryClientProvider client={queryClient}>{surface}</QueryClientProvider>
          ) : (
            <PersistQueryClientProvider
              client={queryClient}
              persistOptions={persistOptions}
              onSuccess={() => {
                // Not awaited: the provider shows the app only once onSuccess settles.
                void revalidateRestored(queryClient);
              }}
            >
              {surface}
            </PersistQueryClientProvider>
          )}
        </I18nextProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <Shell theme={host.context.theme === "light" ? initialTheme : host.context.theme}>
            <BootFailure error={error} />
          </Shell>
        </I18nextProvider>
      </StrictMode>,
    );
  }
}
