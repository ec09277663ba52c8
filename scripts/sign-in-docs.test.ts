// Sign-in as deployed: what an administrator registers must be what the app uses. Entra ID matches
// redirect URIs exactly (AADSTS50011, https://learn.microsoft.com/entra/identity-platform/reply-url),
// and every scope the app asks for must be registered, granted and explained. This reads the app's
// constants and the files an administrator follows (docs/deploy.md, README.md, .env.example, the
// Teams manifest template) and checks they say the same.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { authRedirectPath } from "@/lib/auth/create-auth";
import { scopePurposes } from "@/lib/graph/scope-purposes";
import { allScopes, isScopeName, listOperationsUsing, scopeCatalog } from "@/lib/graph/scopes";

const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), "utf8");

const deployDoc = read("docs/deploy.md");
const manifest = JSON.parse(read("manifest/manifest.template.json")) as {
  webApplicationInfo: { nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[] };
};
const [nestedAuth] = manifest.webApplicationInfo.nestedAppAuthInfo;

const expectedRedirectUris = ["brk-multihub://<host>", `https://<host>${authRedirectPath}`];
const redirectUriPattern = /(?:brk-multihub|https):\/\/<host>[^\s`)]*/g;

/** The text from `from` to the next `to` (or the end). */
function section(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  if (start === -1) throw new Error(`No section "${from}"`);
  const end = text.indexOf(to, start + from.length);
  return text.slice(start, end === -1 ? undefined : end);
}

describe("the redirect URIs", () => {
  it("are the two the app uses: brk-multihub for nested app auth, the popup's redirect page", () => {
    expect(authRedirectPath).toBe("/auth-redirect.html");
    expect(existsSync(fileURLToPath(new URL(`..${authRedirectPath}`, import.meta.url)))).toBe(true);
    expect(read("vite.config.ts")).toContain(`"${authRedirectPath.slice(1)}"`);
    expect(nestedAuth?.redirectUri.replace("{{HOST}}", "<host>")).toBe(expectedRedirectUris[0]);
  });

  it("are the ones docs/deploy.md registers, and nothing else there is called one", () => {
    const registration = section(deployDoc, "## 1. Register the app", "### Delegated Microsoft Graph permissions");
    const tableRows = [...registration.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(tableRows).toEqual(expectedRedirectUris);
    const named = new Set([...registration.matchAll(redirectUriPattern)].map((m) => m[0]));
    expect([...named].sort()).toEqual([...expectedRedirectUris].sort());
  });

  it("are the ones README.md and .env.example name", () => {
    const readme = section(read("README.md"), "## Deploying to a real tenant", "\n## ");
    expect([...readme.matchAll(redirectUriPattern)].map((m) => m[0])).toEqual(expectedRedirectUris);
    const env = read(".env.example");
    expect([...env.matchAll(redirectUriPattern)].map((m) => m[0]).sort()).toEqual([...expectedRedirectUris].sort());
  });
});

interface ScopeRow {
  scope: string;
  adminConsent: boolean;
  purpose: string;
  operations: string[];
}

function readScopeTable(): ScopeRow[] {
  const table = section(deployDoc, "| scope | admin consent | what for | operations |", "\n\n");
  return [...table.matchAll(/^\| `([A-Za-z.]+)` \| (\*\*yes\*\*|no) \| (.+?) \| (.+) \|$/gm)].map((m) => ({
    scope: m[1] ?? "",
    adminConsent: m[2] === "**yes**",
    purpose: m[3] ?? "",
    operations: [...(m[4] ?? "").matchAll(/`([A-Za-z]+)`/g)].map((o) => o[1] ?? ""),
  }));
}

describe("the delegated scopes", () => {
  it("are the same in the code and the Teams manifest", () => {
    expect(nestedAuth?.scopes).toEqual(allScopes());
  });

  it("are each a row of docs/deploy.md saying whether an admin must grant it, what for, and where used", () => {
    const rows = readScopeTable();
    expect(rows.map((r) => r.scope).sort()).toEqual(allScopes());
    for (const row of rows) {
      if (!isScopeName(row.scope)) throw new Error(`${row.scope} is not a scope the app uses`);
      expect({ scope: row.scope, adminConsent: row.adminConsent }).toEqual({
        scope: row.scope,
        adminConsent: scopeCatalog[row.scope].adminConsent,
      });
      expect(row.purpose).toBe(scopePurposes["en-US"][row.scope]);
      expect(row.operations).toEqual(listOperationsUsing(row.scope));
    }
  });
});
