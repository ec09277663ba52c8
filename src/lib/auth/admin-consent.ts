// The link an administrator opens to grant every permission of the app registration for the whole
// tenant: `https://login.microsoftonline.com/{organization}/adminconsent?client_id={client-id}`
// (https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent), on the
// configured authority's host so a national cloud gets its own sign-in service.

const multiTenantSegments = new Set(["common", "organizations", "consumers"]);

export interface AdminConsentTarget {
  /** The sign-in authority, e.g. https://login.microsoftonline.com/organizations or …/<tenant-id>. */
  authority: string;
  clientId: string;
  /** The signed-in user's tenant, when the host says (Teams does). */
  tenantId?: string | undefined;
}

export function buildAdminConsentUrl(target: AdminConsentTarget): string {
  const authority = new URL(target.authority);
  const segment = authority.pathname.split("/").find((part) => part !== "");
  // "common" cannot grant for an organization; "organizations" lets the administrator's own sign-in pick it.
  const tenant =
    target.tenantId ?? (segment === undefined || multiTenantSegments.has(segment) ? "organizations" : segment);
  return `${authority.origin}/${encodeURIComponent(tenant)}/adminconsent?client_id=${encodeURIComponent(target.clientId)}`;
}
