// Which Microsoft 365 cloud Meetloop runs in, and every host that choice decides, in one place:
// the app (read-config.ts), the hosting headers (scripts/hosting) and the Teams package
// (scripts/manifest) all read this table, so a build for Microsoft 365 operated by 21Vianet names no
// global host and a global build no Chinese one. Sources, per row:
// - Graph root and sign-in: "App registration and token service root endpoints" and "Microsoft Graph
//   and Graph Explorer service root endpoints" in https://learn.microsoft.com/graph/deployments
//   (21Vianet: portal.azure.cn, login.chinacloudapi.cn, microsoftgraph.chinacloudapi.cn). Entra ID in
//   21Vianet also answers on login.partner.microsoftonline.cn, the endpoint
//   https://docs.azure.cn/entra/identity-platform/authentication-national-cloud lists; MSAL may be
//   sent there, so the policy allows both.
// - Teams client: "Supported clouds" in
//   https://learn.microsoft.com/microsoftteams/platform/concepts/sovereign-cloud (China (21Vianet):
//   portal.azure.cn, teams.microsoftonline.cn), and teams-js is told that origin at initialize
//   ("validMessageOrigins", https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/using-teams-client-library).
// - Admin centers: the Microsoft Entra admin center is entra.microsoft.com, in 21Vianet
//   entra.microsoftonline.cn (the admin center hosts per cloud in https://learn.microsoft.com/entra/fundamentals/faq);
//   the Azure portal is portal.azure.cn there (deployments page above).
// - SharePoint: tenants' sites are under <tenant>.sharepoint.com, in 21Vianet <tenant>.sharepoint.cn
//   (https://learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges-21vianet).

export const cloudNames = ["global", "china"] as const;
export type CloudName = (typeof cloudNames)[number];

export interface CloudEndpoints {
  readonly name: CloudName;
  /** Microsoft Graph's service root, without version. */
  readonly graphRoot: string;
  /** The Entra ID sign-in host the app's authority defaults to. */
  readonly loginOrigin: string;
  /** Every sign-in origin MSAL may talk to in this cloud (the default first). */
  readonly loginOrigins: readonly string[];
  /** The Teams web client: deep links open there, and it frames the tab. */
  readonly teamsOrigin: string;
  /** The hosts allowed to frame the app (CSP frame-ancestors). */
  readonly frameAncestors: readonly string[];
  /** teams-js' validMessageOrigins: hosts it must accept besides its own list; none in the global cloud. */
  readonly extraHostOrigins: readonly string[];
  /** The suffix of SharePoint site hosts: `<tenant>.<suffix>`. */
  readonly sharePointSuffix: string;
  /** Where an administrator registers the app and grants consent. */
  readonly entraAdminCenter: string;
  readonly azurePortal: string;
}

/**
 * The global cloud's frame ancestors are Microsoft's list for Teams tabs that also run in Outlook
 * and the Microsoft 365 app, "Set Content Security Policy headers to allow Teams and any other host
 * applications of your app" in https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements
 * (*.cloud.microsoft is where those clients are moving; the older hosts stay for the migration).
 * 21Vianet documents the Teams client only (sovereign-cloud page above): Outlook and the Microsoft 365
 * app there are not documented as hosts of Teams tabs, so the China build names Teams alone.
 */
const globalFrameAncestors = [
  "https://*.cloud.microsoft",
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.microsoft365.com",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook-sdf.office.com",
  "https://outlook-sdf.office365.com",
] as const;

export const clouds: Readonly<Record<CloudName, CloudEndpoints>> = {
  global: {
    name: "global",
    graphRoot: "https://graph.microsoft.com",
    loginOrigin: "https://login.microsoftonline.com",
    loginOrigins: ["https://login.microsoftonline.com"],
    teamsOrigin: "https://teams.microsoft.com",
    frameAncestors: globalFrameAncestors,
    extraHostOrigins: [],
    sharePointSuffix: "sharepoint.com",
    entraAdminCenter: "https://entra.microsoft.com",
    azurePortal: "https://portal.azure.com",
  },
  china: {
    name: "china",
    graphRoot: "https://microsoftgraph.chinacloudapi.cn",
    loginOrigin: "https://login.chinacloudapi.cn",
    loginOrigins: ["https://login.chinacloudapi.cn", "https://login.partner.microsoftonline.cn"],
    teamsOrigin: "https://teams.microsoftonline.cn",
    frameAncestors: ["https://teams.microsoftonline.cn"],
    extraHostOrigins: ["https://teams.microsoftonline.cn"],
    sharePointSuffix: "sharepoint.cn",
    entraAdminCenter: "https://entra.microsoftonline.cn",
    azurePortal: "https://portal.azure.cn",
  },
};

export function isCloudName(value: unknown): value is CloudName {
  return typeof value === "string" && (cloudNames as readonly string[]).includes(value);
}

export function getCloud(name: CloudName): CloudEndpoints {
  return clouds[name];
}

/** The Graph v1.0 root in a cloud, e.g. https://microsoftgraph.chinacloudapi.cn/v1.0. */
export function getGraphBaseUrl(name: CloudName): string {
  return `${clouds[name].graphRoot}/v1.0`;
}

/** The multi-tenant work-or-school authority in a cloud ("organizations"). */
export function getDefaultAuthority(name: CloudName): string {
  return `${clouds[name].loginOrigin}/organizations`;
}

/**
 * Hosts that belong to the global cloud only: a China build names none of them (scripts tests).
 * Matched as host suffixes.
 */
export const globalOnlyHosts: readonly string[] = [
  "graph.microsoft.com",
  "login.microsoftonline.com",
  "teams.microsoft.com",
  "sharepoint.com",
  "office.com",
  "office365.com",
  "office.net",
  "microsoft365.com",
  "cloud.microsoft",
];
