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
import { listExtensionIcons } from "./manifest/extension-icons.ts";
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
const publicDir = fileURLToPath(new URL("../public/", import.meta.url));
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

/** The value at a localization key such as `extensions[0].ribbons[0].tabs[0].label`. */
function readAtPath(document: JsonValue, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = document;
  for (const [, name, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (current === undefined || current === null || typeof current !== "object") return undefined;
    current = Array.isArray(current) ? current[Number(index)] : name === undefined ? undefined : current[name];
  }
  return current;
}

interface OutlookExtension {
  requirements: { scopes: string[]; capabilities: { name: string; minVersion: string }[] };
  runtimes: { id: string; type: string; lifetime: string; code: { page: string }; actions: JsonObject[] }[];
  ribbons: {
    contexts: string[];
    tabs: { builtInTabId: string; groups: { controls: { label: string; actionId: string }[] }[] }[];
  }[];
}

function readOutlookExtension(): OutlookExtension {
  const extensions = createFilledManifest().extensions as unknown as OutlookExtension[];
  expect(extensions).toHaveLength(1);
  return extensions[0] as OutlookExtension;
}

const buttonLabelKey = "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label";

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

  it("en-us.json repeats, key by key, the manifest's own (default language) string at that path", () => {
    const manifest = createFilledManifest();
    const english = readJsonObject(join(manifestDir, "en-us.json"));
    for (const [key, value] of Object.entries(english)) {
      if (key === "$schema") continue;
      expect(readAtPath(manifest, key), key).toBe(value);
    }
  });

  it("zh-cn.json translates every string en-us.json has", () => {
    const keys = (file: string): string[] => Object.keys(readJsonObject(join(manifestDir, file))).sort();
    expect(keys("zh-cn.json")).toEqual(keys("en-us.json"));
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

// The Outlook add-in in the same package (unified manifest `extensions`):
// https://learn.microsoft.com/office/dev/add-ins/develop/unified-manifest-overview
describe("Outlook add-in", () => {
  it("opens the task pane at ?frame=outlook from the organizer's and the attendee's meeting ribbon", () => {
    const extension = readOutlookExtension();
    const [runtime] = extension.runtimes;
    expect(extension.runtimes).toHaveLength(1);
    expect(runtime).toMatchObject({
      type: "general",
      lifetime: "short",
      code: { page: `https://${settings.host}/?frame=outlook` },
    });
    expect(runtime?.actions).toEqual([{ id: "openMeetloop", type: "openPage" }]);
    const [ribbon] = extension.ribbons;
    expect(extension.ribbons).toHaveLength(1);
    expect([...(ribbon?.contexts ?? [])].sort()).toEqual(["meetingDetailsAttendee", "meetingDetailsOrganizer"]);
    const control = ribbon?.tabs[0]?.groups[0]?.controls[0];
    expect(ribbon?.tabs[0]?.builtInTabId).toBe("TabDefault");
    expect(control?.actionId).toBe("openMeetloop");
  });

  it("installs only in Outlook with Mailbox 1.8 (getItemIdAsync), the newest set the pane needs", () => {
    // prependAsync 1.1; saveAsync, body.getAsync and convertToRestId 1.3; getItemIdAsync 1.8:
    // https://learn.microsoft.com/javascript/api/requirement-sets/outlook/requirement-set-1.8/outlook-requirement-set-1.8
    expect(readOutlookExtension().requirements).toEqual({
      scopes: ["mail"],
      capabilities: [{ name: "Mailbox", minVersion: "1.8" }],
    });
  });

  it("asks for read/write item, the least permission that may prepend to the invitation body", () => {
    // https://learn.microsoft.com/office/dev/add-ins/outlook/understanding-outlook-add-in-permissions
    expect(createFilledManifest().authorization).toEqual({
      permissions: { resourceSpecific: [{ name: "MailboxItem.ReadWrite.User", type: "Delegated" }] },
    });
  });

  it("labels the ribbon button 例会通 in Chinese and Meetloop in English", () => {
    expect(readAtPath(createFilledManifest(), buttonLabelKey)).toBe("Meetloop");
    expect(readJsonObject(join(manifestDir, "en-us.json"))[buttonLabelKey]).toBe("Meetloop");
    expect(readJsonObject(join(manifestDir, "zh-cn.json"))[buttonLabelKey]).toBe("例会通");
  });

  it("names ribbon icons of 16, 32 and 80 px that the build serves from our host at exactly those sizes", () => {
    const icons = listExtensionIcons(createFilledManifest());
    expect(icons.map((icon) => icon.size)).toEqual([16, 32, 80]);
    for (const { size, url } of icons) {
      const { origin, pathname } = new URL(url);
      expect(origin).toBe(`https://${settings.host}`);
      expect(readPngSize(readFileSync(join(publicDir, pathname)))).toEqual({ width: size, height: size });
    }
  });

  it("refuses to package when a ribbon icon the manifest names is missing or of the wrong size", async () => {
    const fakePublic = mkdtempSync(join(tmpdir(), "meetloop-public-"));
    try {
      await expect(buildAppPackage(manifestDir, settings, fakePublic)).rejects.toThrow(
        "/outlook/icon-16.png has no file",
      );
      cpSync(publicDir, fakePublic, { recursive: true });
      cpSync(join(publicDir, "outlook/icon-32.png"), join(fakePublic, "outlook/icon-16.png"));
      await expect(buildAppPackage(manifestDir, settings, fakePublic)).rejects.toThrow(
        "/outlook/icon-16.png must be 16×16 pixels (is 32×32)",
      );
    } finally {
      rmSync(fakePublic, { recursive: true, force: true });
    }
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

  it("carries the Teams app without the Outlook add-in, its mailbox permission or its strings", async () => {
    const built = await buildAppPackage(manifestDir, china);
    const manifest = built.manifest as JsonObject;
    expect(manifest).not.toHaveProperty("extensions");
    expect(manifest).not.toHaveProperty("authorization");
    expect(JSON.stringify(manifest)).not.toMatch(/https:\/\/(?!meetloop\.contoso\.cn)/);
    const zip = await JSZip.loadAsync(built.zip);
    for (const name of LOCALIZATION_FILES) {
      const strings = JSON.parse((await zip.file(name)?.async("string")) ?? "{}") as JsonObject;
      expect(Object.keys(strings).filter((key) => key.startsWith("extensions"))).toEqual([]);
    }
    const globalHeaders = buildSecurityHeaders(pickHeaderOptions(readEndpoints({})));
    expect(globalHeaders["Content-Security-Policy"]).toContain("https://appsforoffice.microsoft.com");
  });

  it("is refused when the template names a global host", async () => {
    const brokenDir = mkdtempSync(join(tmpdir(), "meetloop-manifest-"));
    try {
      cpSync(manifestDir, brokenDir, { recursive: true });
      const template = readJsonObject(join(brokenDir, "manifest.template.json"));
      template.validDomains = ["{{HOST}}", "teams.microsoft.com"];
      writeFileSync(join(brokenDir, "manifest.template.json"), JSON.stringify(template));
      await expect(buildAppPackage(brokenDir, china)).rejects.toThrow("names global hosts in a package for china");
      await expect(buildAppPackage(brokenDir, settings, join(manifestDir, "..", "public"))).resolves.toBeDefined();
    } finally {
      rmSync(brokenDir, { recursive: true, force: true });
    }
  });
});

function pickHeaderOptions(endpoints: ReturnType<typeof readEndpoints>) {
  return { graphBaseUrl: endpoints.graphBaseUrl, authority: endpoints.aadAuthority, cloud: endpoints.cloud };
}
