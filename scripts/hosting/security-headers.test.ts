// Pins the hosted build's security headers (docs/deploy.md §3): what the policy allows, and that
// the Azure Static Web Apps file carries exactly those headers.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildContentSecurityPolicy,
  buildSecurityHeaders,
  emptyInlineStyleHash,
  teamsValidOriginsUrl,
} from "./security-headers.ts";
import { globalOnlyHosts } from "../../src/lib/config/cloud.ts";
import {
  buildStaticWebAppConfig,
  readGlobalHeaders,
  serializeStaticWebAppConfig,
  staticWebAppConfigFile,
} from "./static-web-app-config.ts";

const production = {
  graphBaseUrl: "https://graph.microsoft.com/v1.0",
  authority: "https://login.microsoftonline.com/organizations",
};

function parsePolicy(header: string): Map<string, string[]> {
  return new Map(
    header.split(";").map((part) => {
      const [directive = "", ...sources] = part.trim().split(/\s+/);
      return [directive, sources];
    }),
  );
}

describe("the production Content-Security-Policy", () => {
  const headers = buildSecurityHeaders(production);
  const policy = parsePolicy(headers["Content-Security-Policy"] ?? "");

  it("denies by default and allows scripts, styles and images from the app's own origin only (and Office.js)", () => {
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("style-src")).toEqual(["'self'", emptyInlineStyleHash]);
    expect(policy.get("img-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it("never allows eval or inline code", () => {
    expect(headers["Content-Security-Policy"]).not.toMatch(/'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|nonce-/);
  });

  it("connects only to Graph, the sign-in authority and teams-js' list of host origins", () => {
    expect(policy.get("connect-src")).toEqual([
      "https://graph.microsoft.com",
      "https://login.microsoftonline.com",
      teamsValidOriginsUrl,
    ]);
    // MSAL's hidden renewal frame and its form posts go to the authority, nowhere else.
    expect(policy.get("frame-src")).toEqual(["https://login.microsoftonline.com"]);
    expect(policy.get("form-action")).toEqual(["https://login.microsoftonline.com"]);
  });

  it("lets only the Teams, Outlook and Microsoft 365 hosts frame the app", () => {
    expect(policy.get("frame-ancestors")).toEqual([
      "https://*.cloud.microsoft",
      "https://teams.microsoft.com",
      "https://*.teams.microsoft.com",
      "https://*.microsoft365.com",
      "https://*.office.com",
      "https://outlook.office.com",
      "https://outlook.office365.com",
      "https://outlook-sdf.office.com",
      "https://outlook-sdf.office365.com",
    ]);
    // X-Frame-Options has no way to allow several hosts; DENY or SAMEORIGIN would blank the tab.
    expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain("x-frame-options");
  });

  it("sends the referrer's origin only across origins, and no content sniffing", () => {
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(Object.keys(headers).sort()).toEqual([
      "Content-Security-Policy",
      "Referrer-Policy",
      "X-Content-Type-Options",
    ]);
  });

  it("allows the empty <style> Fluent UI fills through CSSOM by its hash", () => {
    expect(emptyInlineStyleHash).toBe(`'sha256-${createHash("sha256").update("").digest("base64")}'`);
  });

  it("allows exactly the URL the installed teams-js fetches its valid origins from", () => {
    const teamsJs = readFileSync(createRequire(import.meta.url).resolve("@microsoft/teams-js"), "utf8");
    const cdnUrls = new Set(teamsJs.match(/https:\/\/res\.cdn\.office\.net[^"'`\s]*/g));
    expect([...cdnUrls]).toEqual([teamsValidOriginsUrl]);
  });
});

describe("the policy follows the configured endpoints", () => {
  it("uses the national cloud's Graph and authority", () => {
    const policy = buildContentSecurityPolicy({
      graphBaseUrl: "https://microsoftgraph.chinacloudapi.cn/v1.0",
      authority: "https://login.chinacloudapi.cn/0f2c4a1e-6b7d-4c3e-9a8b-1d2e3f4a5b6c",
    });
    expect(policy["connect-src"]).toEqual([
      "https://microsoftgraph.chinacloudapi.cn",
      "https://login.chinacloudapi.cn",
      teamsValidOriginsUrl,
    ]);
    expect(policy["frame-src"]).toEqual(["https://login.chinacloudapi.cn"]);
  });

  it("in a build for Microsoft 365 operated by 21Vianet names that cloud's hosts and no global one", () => {
    const policy = buildContentSecurityPolicy({
      graphBaseUrl: "https://microsoftgraph.chinacloudapi.cn/v1.0",
      authority: "https://login.chinacloudapi.cn/organizations",
      cloud: "china",
    });
    const signIn = ["https://login.chinacloudapi.cn", "https://login.partner.microsoftonline.cn"];
    expect(policy["connect-src"]).toEqual(["https://microsoftgraph.chinacloudapi.cn", ...signIn]);
    expect(policy["frame-src"]).toEqual(signIn);
    expect(policy["form-action"]).toEqual(signIn);
    expect(policy["frame-ancestors"]).toEqual(["https://teams.microsoftonline.cn"]);
    const named = Object.values(policy).flat().join(" ");
    for (const host of globalOnlyHosts) expect(named).not.toContain(host);
  });

  it("connects to the app's own origin when Graph is the demo's same-origin emulator", () => {
    const policy = buildContentSecurityPolicy({ ...production, graphBaseUrl: "/graph/v1.0" });
    expect(policy["connect-src"]).toEqual(["'self'", "https://login.microsoftonline.com", teamsValidOriginsUrl]);
  });

  it("adds only what Vite's dev client needs for its dev server", () => {
    const dev = buildContentSecurityPolicy({ ...production, devServer: { nonce: "abc123" } });
    const hosted = buildContentSecurityPolicy(production);
    expect(dev["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com", "'nonce-abc123'"]);
    expect(dev["style-src"]).toEqual([...(hosted["style-src"] ?? []), "'nonce-abc123'"]);
    expect(dev["connect-src"]).toEqual(["'self'", ...(hosted["connect-src"] ?? [])]);
    expect(dev["worker-src"]).toEqual(["blob:"]);
    const changed = { "script-src": [], "style-src": [], "connect-src": [] };
    expect({ ...dev, ...changed, "worker-src": undefined }).toEqual({ ...hosted, ...changed, "worker-src": undefined });
    expect(hosted["worker-src"]).toBeUndefined();
  });

  it("refuses an authority that is not https", () => {
    expect(() => buildSecurityHeaders({ ...production, authority: "http://login.example" })).toThrow(
      /authority "http:\/\/login.example" must be an https URL/,
    );
  });
});

describe("docs/deploy.md", () => {
  it("lists the headers the default build sends, for hosts other than Azure Static Web Apps", () => {
    const doc = readFileSync(new URL("../../docs/deploy.md", import.meta.url), "utf8");
    const lines = Object.entries(buildSecurityHeaders(production)).map(([name, value]) => `${name}: ${value}`);
    expect(doc).toContain(`\`\`\`text\n${lines.join("\n")}\n\`\`\``);
  });
});

describe("staticwebapp.config.json", () => {
  const headers = buildSecurityHeaders(production);
  const config = buildStaticWebAppConfig(headers);

  it("sends the security headers on every response and falls back to the app outside /assets", () => {
    expect(config.globalHeaders).toEqual(headers);
    expect(config.navigationFallback).toEqual({ rewrite: "/index.html", exclude: ["/assets/*"] });
  });

  it("stays within Azure Static Web Apps' 20 KB limit for the file", () => {
    expect(Buffer.byteLength(serializeStaticWebAppConfig(config))).toBeLessThan(20_000);
  });

  it("is read back by the preview server", () => {
    const dir = mkdtempSync(join(tmpdir(), "meetloop-swa-"));
    try {
      writeFileSync(join(dir, staticWebAppConfigFile), serializeStaticWebAppConfig(config));
      expect(readGlobalHeaders(dir)).toEqual(headers);
      writeFileSync(join(dir, staticWebAppConfigFile), '{"globalHeaders": {"X": 1}}');
      expect(() => readGlobalHeaders(dir)).toThrow(/has no globalHeaders of text values/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
