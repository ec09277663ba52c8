import { describe, expect, it } from "vitest";
import { buildAdminConsentUrl } from "./admin-consent";

const clientId = "0f2c4a1e-6b7d-4c3e-9a8b-1d2e3f4a5b6c";
const tenantId = "6f0a0f70-d7a6-476c-bb6b-e6c84cd64dc6";

describe("buildAdminConsentUrl", () => {
  it("names the host's tenant when Teams gives it", () => {
    expect(
      buildAdminConsentUrl({ authority: "https://login.microsoftonline.com/organizations", clientId, tenantId }),
    ).toBe(`https://login.microsoftonline.com/${tenantId}/adminconsent?client_id=${clientId}`);
  });

  it("falls back to a single-tenant authority's tenant, else to organizations, never common", () => {
    expect(buildAdminConsentUrl({ authority: `https://login.microsoftonline.com/${tenantId}/v2.0`, clientId })).toBe(
      `https://login.microsoftonline.com/${tenantId}/adminconsent?client_id=${clientId}`,
    );
    expect(buildAdminConsentUrl({ authority: "https://login.microsoftonline.com/common", clientId })).toBe(
      `https://login.microsoftonline.com/organizations/adminconsent?client_id=${clientId}`,
    );
  });

  it("stays on a national cloud's sign-in host", () => {
    expect(buildAdminConsentUrl({ authority: "https://login.partner.microsoftonline.cn/contoso.cn", clientId })).toBe(
      `https://login.partner.microsoftonline.cn/contoso.cn/adminconsent?client_id=${clientId}`,
    );
  });
});
