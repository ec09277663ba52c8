// Builds the Teams app package in memory: fill the template, validate every JSON file
// against the schemas, check the icon sizes (those in the zip and the Outlook ribbon icons the
// build serves from public/), zip. Writing to disk is left to the caller
// so tests can open the archive directly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { globalOnlyHosts } from "../../src/lib/config/cloud.ts";
import type { CloudName } from "../../src/lib/config/cloud.ts";
import { assertExtensionIconsServed } from "./extension-icons.ts";
import { createPlaceholderValues, fillTemplate } from "./fill-template.ts";
import { readPngSize } from "./png-file.ts";
import { assertValid, validateLocalization, validateManifest } from "./schema-validation.ts";
import type { AppSettings } from "./app-settings.ts";
import type { JsonValue } from "./fill-template.ts";

export const LOCALIZATION_FILES = ["en-us.json", "zh-cn.json"] as const;

/** Sizes Teams enforces on upload: a wrong size is rejected by the Teams admin center. */
const ICON_SIZES = { "color.png": 192, "outline.png": 32 } as const;

// A fixed timestamp makes the zip byte-for-byte reproducible for the same inputs.
const ENTRY_DATE = new Date("2025-01-01T00:00:00Z");

export interface AppPackage {
  manifest: JsonValue;
  zip: Uint8Array;
}

function readJson(path: string): JsonValue {
  return JSON.parse(readFileSync(path, "utf8")) as JsonValue;
}

/**
 * The package for 21Vianet carries the Teams app only: Office.js is served from a global host
 * (appsforoffice.microsoft.com), and no Microsoft page we found says Outlook in 21Vianet installs
 * add-ins from a unified manifest, so the Outlook add-in (`extensions`, the mailbox permission it
 * asks for, and its localised strings) stays out of it (docs/deploy.md). So does `$schema`, an
 * optional editor hint on developer.microsoft.com, so that the package names no global host at all.
 */
function forCloud(json: JsonValue, cloud: CloudName): JsonValue {
  if (cloud === "global" || json === null || typeof json !== "object" || Array.isArray(json)) return json;
  return Object.fromEntries(
    Object.entries(json).filter(
      ([key]) => !["$schema", "extensions", "authorization"].includes(key) && !key.startsWith("extensions["),
    ),
  );
}

export function createManifest(manifestDir: string, settings: AppSettings): JsonValue {
  const manifest = forCloud(
    fillTemplate(readJson(join(manifestDir, "manifest.template.json")), createPlaceholderValues(settings)),
    settings.cloud ?? "global",
  );
  assertValid("manifest.json", validateManifest(manifest));
  return manifest;
}

function readCheckedIcon(manifestDir: string, name: keyof typeof ICON_SIZES): Buffer {
  const png = readFileSync(join(manifestDir, name));
  const { width, height } = readPngSize(png);
  const expected = ICON_SIZES[name];
  if (width !== expected || height !== expected) {
    throw new Error(
      `${name} must be ${expected}×${expected} pixels (is ${width}×${height}); run scripts/manifest/draw-icons.ts.`,
    );
  }
  return png;
}

/**
 * A package for Microsoft 365 operated by 21Vianet names no global host (src/lib/config/cloud.ts):
 * a link or domain there would point users at a cloud their tenant is not in.
 */
export function assertCloudHosts(name: string, json: JsonValue, cloud: CloudName): void {
  if (cloud === "global") return;
  const text = JSON.stringify(json);
  const named = globalOnlyHosts.filter((host) => text.includes(host));
  if (named.length > 0) throw new Error(`${name} names global hosts in a package for ${cloud}: ${named.join(", ")}.`);
}

/** `publicDir` is the folder Vite copies to the root of the build (the repository's public/). */
export async function buildAppPackage(
  manifestDir: string,
  settings: AppSettings,
  publicDir = join(manifestDir, "..", "public"),
): Promise<AppPackage> {
  const cloud = settings.cloud ?? "global";
  const manifest = createManifest(manifestDir, settings);
  assertCloudHosts("manifest.json", manifest, cloud);
  assertExtensionIconsServed(manifest, settings.host, publicDir);
  const zip = new JSZip();
  const options = { date: ENTRY_DATE };
  zip.file("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`, options);
  for (const name of LOCALIZATION_FILES) {
    const localization = forCloud(readJson(join(manifestDir, name)), cloud);
    assertValid(name, validateLocalization(localization));
    assertCloudHosts(name, localization, cloud);
    zip.file(name, `${JSON.stringify(localization, null, 2)}\n`, options);
  }
  for (const name of ["color.png", "outline.png"] as const) {
    zip.file(name, readCheckedIcon(manifestDir, name), options);
  }
  const bytes = await zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
  return { manifest, zip: bytes };
}
