// The Teams client's side of the teams-js protocol, run in the test host page (host-page.ts) that
// frames the app. It answers what the app calls at start-up — initialize, getContext, the theme
// handler registration, notifySuccess — and the nested app authentication (NAA) requests MSAL's
// nestable client sends through the `window.nestedAppAuthBridge` teams-js installs.
//
// Wire format, from @microsoft/teams-js 2.58 (OfficeDev/microsoft-teams-library-js,
// packages/teams-js/src/internal/communication.ts, messageObjects.ts, appHelpers.ts, nestedAppAuthUtils.ts):
// - the app posts `{ id, uuidAsString, func, args, apiVersionTag, … }` to its parent; the host answers
//   `{ id, uuidAsString, args }` to the same window;
// - `initialize` is answered `[frameContext, clientType, clientSupportedSDKVersion, runtimeConfig JSON]`,
//   the argument order Teams sends: appHelpers.initializeHelper stores the version and applies the
//   fourth argument as the runtime, and tryPolyfillWithNestedAppAuthBridge creates the NAA bridge only
//   when that fourth argument's `supports.nestedAppAuth` is present;
// - `getContext` is answered with the legacy context object (app.ts transformLegacyContextToAppContext);
// - NAA requests arrive as `func: "nestedAppAuth.execute"` with the MSAL request JSON in `data`; the
//   answer carries MSAL's response JSON as `args[1]` (@azure/msal-browser 5.30 src/naa/BridgeProxy.ts,
//   BridgeResponseEnvelope.ts: GetInitContext → initContext, GetToken/GetTokenPopup → token + account).
// Browser code without imports: host-page.ts strips its types and serves it as it is.

export interface TeamsHostConfig {
  appUrl: string;
  frameContext: "sidePanel" | "content";
  /** teams-js `clientSupportedSDKVersion`: the SDK version the Teams client says it supports. */
  clientSupportedSdkVersion: string;
  locale: string;
  theme: string;
  user: { objectId: string; userPrincipalName: string; displayName: string };
  tenantId: string;
  chatId: string;
  meetingId?: string;
  /** What the host hands MSAL: the emulator's bearer token and an (unsigned) id token for the user. */
  accessToken: string;
  idToken: string;
}

/**
 * One message the host received from the app (epoch ms): `sentAt` is the app's own send time
 * (teams-js stamps every message with `monotonicTimestamp`, performance.timeOrigin + now()),
 * `receivedAt` the host page's clock when it arrived and was answered.
 */
export interface HostLogEntry {
  func: string;
  method?: string;
  sentAt: number;
  receivedAt: number;
  answered: boolean;
}

interface AppMessage {
  id: number;
  monotonicTimestamp?: number;
  timestamp?: number;
  uuidAsString?: string;
  func: string;
  args?: unknown[];
  data?: string;
}

interface NaaRequest {
  method?: string;
  requestId?: string;
  tokenParams?: { scope?: string };
}

type HostWindow = Window & { teamsHostLog?: HostLogEntry[]; teamsHostSetTheme?: (theme: string) => void };

const authEnvironment = "login.microsoftonline.com";

function startTeamsClient(config: TeamsHostConfig): void {
  const win = window as HostWindow;
  const log: HostLogEntry[] = [];
  win.teamsHostLog = log;
  const frame = document.createElement("iframe");
  frame.title = "Meetloop";
  frame.src = config.appUrl;
  frame.style.cssText = "border:0;width:100%;height:100%";
  document.body.append(frame);

  const now = (): number => performance.timeOrigin + performance.now();
  const account = {
    homeAccountId: `${config.user.objectId}.${config.tenantId}`,
    environment: authEnvironment,
    tenantId: config.tenantId,
    username: config.user.userPrincipalName,
    localAccountId: config.user.objectId,
    name: config.user.displayName,
  };
  const runtime = {
    apiVersion: 4,
    isNAAChannelRecommended: true,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: {
      app: {},
      appInstallDialog: {},
      chat: {},
      conversations: {},
      dialog: { url: {}, card: {}, update: {} },
      meeting: {},
      nestedAppAuth: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      teams: { fullTrust: {} },
      teamsCore: {},
    },
  };
  const legacyContext = {
    locale: config.locale,
    theme: config.theme,
    frameContext: config.frameContext,
    hostClientType: "web",
    hostName: "Teams",
    userObjectId: config.user.objectId,
    userPrincipalName: config.user.userPrincipalName,
    userDisplayName: config.user.displayName,
    loginHint: config.user.userPrincipalName,
    tid: config.tenantId,
    chatId: config.chatId,
    ...(config.meetingId === undefined ? {} : { meetingId: config.meetingId }),
    appSessionId: crypto.randomUUID(),
    sessionId: crypto.randomUUID(),
  };

  const answerNaa = (request: NaaRequest): unknown => {
    const base = { messageType: "NestedAppAuthResponse", requestId: request.requestId };
    if (request.method === "GetInitContext") {
      return {
        ...base,
        success: true,
        initContext: {
          sdkName: "Teams",
          sdkVersion: config.clientSupportedSdkVersion,
          capabilities: { queryAccount: false },
          accountContext: {
            homeAccountId: account.homeAccountId,
            environment: authEnvironment,
            tenantId: config.tenantId,
          },
        },
      };
    }
    if (request.method === "GetToken" || request.method === "GetTokenPopup") {
      return {
        ...base,
        success: true,
        token: {
          access_token: config.accessToken,
          expires_in: 3600,
          id_token: config.idToken,
          properties: null,
          scope: request.tokenParams?.scope ?? "",
        },
        account,
      };
    }
    return { ...base, success: false, error: { status: "PERSISTENT_ERROR", code: "unsupported_method" } };
  };

  const answer = (message: AppMessage): unknown[] | undefined => {
    switch (message.func) {
      case "initialize":
        return [config.frameContext, "web", config.clientSupportedSdkVersion, JSON.stringify(runtime)];
      case "getContext":
        return [legacyContext];
      case "executeDeepLink":
        return [true];
      case "nestedAppAuth.execute":
        return [null, JSON.stringify(answerNaa(JSON.parse(message.data ?? "{}") as NaaRequest))];
      default:
        // registerHandler, appInitialization.success and the like are one-way notifications.
        return undefined;
    }
  };

  window.addEventListener("message", (event: MessageEvent) => {
    const source = event.source as Window | null;
    if (source === null || source !== frame.contentWindow) return;
    const message = event.data as Partial<AppMessage> | null;
    if (message === null || typeof message !== "object" || typeof message.func !== "string") return;
    const full = message as AppMessage;
    const args = answer(full);
    const method =
      full.func === "nestedAppAuth.execute" ? (JSON.parse(full.data ?? "{}") as NaaRequest).method : undefined;
    const receivedAt = now();
    log.push({
      func: full.func,
      ...(method === undefined ? {} : { method }),
      sentAt: full.monotonicTimestamp ?? full.timestamp ?? receivedAt,
      receivedAt,
      answered: args !== undefined,
    });
    if (args !== undefined) {
      source.postMessage({ id: full.id, uuidAsString: full.uuidAsString, args }, event.origin);
    }
  });

  win.teamsHostSetTheme = (theme: string) => {
    frame.contentWindow?.postMessage({ func: "themeChange", args: [theme] }, new URL(config.appUrl).origin);
  };
}

const configElement = document.getElementById("teams-host-config");
if (configElement?.textContent) startTeamsClient(JSON.parse(configElement.textContent) as TeamsHostConfig);
