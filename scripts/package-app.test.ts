// The Teams package contract (docs/architecture.md §5): the manifest and its localization files
// validate against the newest schema shipped in @microsoft/app-manifest, and the zip
// holds exactly what Teams expects at its root.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { globalOnlyHosts } from "@/lib/config/cloud";
import { readEndpoints } from "@/lib/config/read-config";
import { allScopes } from "@/lib/graph/scopes";
import { buildSecurityHeaders } from "./hosting/security-headers.ts";
import { buildAppPackage, createManifest, LOCALIZATION_FILES } from "./manifest/build-package.ts";
import { fillTemplate } from "./manifest/fill-template.ts";
import { readPngSize } from "./manifest/png-file.ts";
import {
  findNewestShippedSchemaVersion,
  LOCALIZATION_SCHEMA_URL,
  MANIFEST_SCHEMA_URL,
  MANIFEST_SCHEMA_VERSION,
} from "./manifest/schema-files.ts";
import { validateLocalization, validateManifest } from "./manifest/schema-validation.ts";
import type { AppSettings } from "./manifest/app-settings.ts";
import type { AppPackage } from "./manifest/build-package.ts";
import type { JsonValue } from "./manifest/fill-template.ts";

const manifestDir = fileURLToPath(new URL("../manifest/", import.meta.url));
const deployDoc = fileURLToPath(new URL("../docs/deploy.md", import.meta.url));

const settings: AppSettings = {
  host: "meetloop.contoso.com",
  aadClientId: "0b6c2f7e-3f0a-4c1e-9d8a-6a1f2b3c4d5e",
  appId: "5a5ba919-5520-4cbd-afc1-c830dcd241c5",
  appVersion: "1.4.2",
};

type JsonObject = Record<string, JsonValue>;

function readJsonObject(path: string): JsonObject {
  return JSON.parse(readFileSync(path, "utf8")) as JsonObject;
}

function createFilledManifest(): JsonObject {
  return createManifest(manifestDir, settings) as JsonObject;
}

describe("schema choice", () => {
  it("targets the newest released schema shipped in @microsoft/app-manifest", () => {
    expect(MANIFEST_SCHEMA_VERSION).toBe(findNewestShippedSchemaVersion());
  });

  it("declares that schema in the template and in both localization files", () => {
    const template = readJsonObject(join(manifestDir, "manifest.template.json"));
    expect(template.$schema).toBe(MANIFEST_SCHEMA_URL);
    expect(template.manifestVersion).toBe(MANIFEST_SCHEMA_VERSION);
    for (const file of LOCALIZATION_FILES) {
      expect(readJsonObject(join(manifestDir, file)).$schema).toBe(LOCALIZATION_SCHEMA_URL);
    }
  });
});

describe("manifest", () => {
  it("validates once filled, with every placeholder replaced", () => {
    const manifest = createFilledManifest();
    expect(validateManifest(manifest)).toEqual({ valid: true, errors: [] });
    expect(JSON.stringify(manifest)).not.toContain("{{");
    expect(manifest.id).toBe(settings.appId);
    expect(manifest.version).toBe(settings.appVersion);
    expect(manifest.validDomains).toEqual([settings.host]);
    expect(manifest.webApplicationInfo).toMatchObject({
      id: settings.aadClientId,
      resource: `api://${settings.host}/${settings.aadClientId}`,
      nestedAppAuthInfo: [{ redirectUri: `brk-multihub://${settings.host}` }],
    });
  });

  it.each(["name", "developer", "icons", "accentColor", "id", "manifestVersion"])(
    "fails validation naming the missing required field %s",
    (field) => {
      // Rebuild without the field rather than `delete manifest[field]` (dynamic delete).
      const manifest = Object.fromEntries(Object.entries(createFilledManifest()).filter(([key]) => key !== field));
      const result = validateManifest(manifest);
      expect(result.valid).toBe(false);
      expect(result.errors.join("\n")).toContain(`'${field}'`);
    },
  );

  it("fails validation naming a missing nested field and a wrong manifestVersion", () => {
    const manifest = createFilledManifest();
    const developer = manifest.developer as JsonObject;
    delete developer.privacyUrl;
    manifest.manifestVersion = "1.29";
    const errors = validateManifest(manifest).errors.join("\n");
    expect(errors).toContain("/developer must have required property 'privacyUrl'");
    expect(errors).toContain("/manifestVersion must be equal to constant");
  });

  it("rejects an unknown placeholder instead of shipping it", () => {
    expect(() => fillTemplate({ url: "https://{{HOTS}}/" }, { HOST: "x.com" })).toThrow("{{HOTS}} at $.url");
  });

  it("refuses to package a template that fails the schema", async () => {
    const brokenDir = mkdtempSync(join(tmpdir(), "meetloop-manifest-"));
    try {
      cpSync(manifestDir, brokenDir, { recursive: true });
      const template = readJsonObject(join(brokenDir, "manifest.template.json"));
      delete template.developer;
      writeFileSync(join(brokenDir, "manifest.template.json"), JSON.stringify(template));
      await expect(buildAppPackage(brokenDir, settings)).rejects.toThrow("required property 'developer'");
    } finally {
      rmSync(brokenDir, { recursive: true, force: true });
    }
  });
});

describe("localization files", () => {
  it.each(LOCALIZATION_FILES)("%s validates", (file) => {
    expect(validateLocalization(readJsonObject(join(manifestDir, file)))).toEqual({ valid: true, errors: [] });
  });

  it("fail validation naming a missing or too long string", () => {
    const localization = readJsonObject(join(manifestDir, "zh-cn.json"));
    delete localization["description.full"];
    localization["name.short"] = "例".repeat(31);
    const errors = validateLocalization(localization).errors.join("\n");
    expect(errors).toContain("'description.full'");
    expect(errors).toContain("/name.short must NOT have more than 30 characters");
  });

  it("en-us.json repeats the manifest's own (default language) strings", () => {
    const manifest = createFilledManifest();
    const english = readJsonObject(join(manifestDir, "en-us.json"));
    const name = manifest.name as JsonObject;
    const description = manifest.description as JsonObject;
    const staticTabs = manifest.staticTabs as JsonObject[];
    expect(english["name.short"]).toBe(name.short);
    expect(english["name.full"]).toBe(name.full);
    expect(english["description.short"]).toBe(description.short);
    expect(english["description.full"]).toBe(description.full);
    expect(english["staticTabs[0].name"]).toBe(staticTabs[0]?.name);
    expect(readJsonObject(join(manifestDir, "zh-cn.json"))["staticTabs[0].name"]).toBe("我的例会");
  });
});

describe("app package zip", () => {
  let built: AppPackage;
  let zip: JSZip;
  beforeAll(async () => {
    built = await buildAppPackage(manifestDir, settings);
    zip = await JSZip.loadAsync(built.zip);
  });

  it("holds exactly the manifest, both localization files and both icons at its root", () => {
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(["color.png", "en-us.json", "manifest.json", "outline.png", "zh-cn.json"]);
  });

  it("carries the validated manifest and correctly sized icons", async () => {
    const manifestText = await zip.file("manifest.json")?.async("string");
    expect(JSON.parse(manifestText ?? "null")).toEqual(built.manifest);
    const color = await zip.file("color.png")?.async("uint8array");
    const outline = await zip.file("outline.png")?.async("uint8array");
    expect(color && readPngSize(color)).toEqual({ width: 192, height: 192 });
    expect(outline && readPngSize(outline)).toEqual({ width: 32, height: 32 });
  });
});

describe("docs/deploy.md", () => {
  it("explains every delegated scope the manifest asks Teams to prefetch", () => {
    const manifest = createFilledManifest();
    const info = manifest.webApplicationInfo as { nestedAppAuthInfo: { scopes: string[] }[] };
    const doc = readFileSync(deployDoc, "utf8");
    const documented = [...doc.matchAll(/^\| `([A-Za-z.]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual([...(info.nestedAppAuthInfo[0]?.scopes ?? [])].sort());
  });

  it("prefetches exactly the scopes the app's Graph operations need, in the order it first asks for them", () => {
    const manifest = createFilledManifest();
    const info = manifest.webApplicationInfo as { nestedAppAuthInfo: { scopes: string[] }[] };
    expect(info.nestedAppAuthInfo[0]?.scopes).toEqual(allScopes());
  });
});

describe("a package for Microsoft 365 operated by 21Vianet", () => {
  const china: AppSettings = { ...settings, host: "meetloop.contoso.cn", cloud: "china" };

  it("validates and names that cloud's hosts only: the manifest, its localizations and the build's headers", async () => {
    const built = await buildAppPackage(manifestDir, china);
    const manifest = built.manifest as JsonObject;
    expect(validateManifest(manifest)).toEqual({ valid: true, errors: [] });
    expect(manifest.validDomains).toEqual(["meetloop.contoso.cn"]);
    expect(manifest.webApplicationInfo).toMatchObject({ resource: `api://meetloop.contoso.cn/${china.aadClientId}` });
    const zip = await JSZip.loadAsync(built.zip);
    const texts = await Promise.all(
      ["manifest.json", ...LOCALIZATION_FILES].map((name) => zip.file(name)?.async("string") ?? Promise.resolve("")),
    );
    const headers = buildSecurityHeaders(pickHeaderOptions(readEndpoints({ VITE_CLOUD: "china" })));
    const everything = [...texts, ...Object.values(headers)].join("\n");
    for (const host of globalOnlyHosts) expect(everything, host).not.toContain(host);
    expect(headers["Content-Security-Policy"]).toContain("https://microsoftgraph.chinacloudapi.cn");
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors https://teams.microsoftonline.cn;");
  });

  it("is refused when the template names a global host", async () => {
    const brokenDir = mkdtempSync(join(tmpdir(), "meetloop-manifest-"));
    try {
      cpSync(manifestDir, brokenDir, { recursive: true });
      const template = readJsonObject(join(brokenDir, "manifest.template.json"));
      template.validDomains = ["{{HOST}}", "teams.microsoft.com"];
      writeFileSync(join(brokenDir, "manifest.template.json"), JSON.stringify(template));
      await expect(buildAppPackage(brokenDir, china)).rejects.toThrow("names global hosts in a package for china");
      await expect(buildAppPackage(brokenDir, settings)).resolves.toBeDefined();
    } finally {
      rmSync(brokenDir, { recursive: true, force: true });
    }
  });
});

function pickHeaderOptions(endpoints: ReturnType<typeof readEndpoints>) {
  return { graphBaseUrl: endpoints.graphBaseUrl, authority: endpoints.aadAuthority, cloud: endpoints.cloud };
}
