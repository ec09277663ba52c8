// The Outlook add-in's ribbon icons are not files in the zip: the unified manifest names them by
// absolute URL ("url" of extensionCommonIcon), and Outlook fetches them from the host that serves
// the build (https://learn.microsoft.com/microsoft-365/extensibility/schema/extension-common-icon).
// So packaging checks that every such URL is on our host, that the build will serve a file there
// (Vite copies public/ to the root of dist/), and that the file's pixel size is the declared size.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readPngSize } from "./png-file.ts";
import type { JsonValue } from "./fill-template.ts";

export interface ExtensionIcon {
  size: number;
  url: string;
}

function isIcon(value: JsonValue): value is { size: number; url: string } {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    typeof value.size === "number" &&
    typeof value.url === "string"
  );
}

function collectFrom(value: JsonValue, found: ExtensionIcon[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectFrom(item, found);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    if (key === "icons" && Array.isArray(child)) {
      for (const icon of child) if (isIcon(icon)) found.push({ size: icon.size, url: icon.url });
    } else {
      collectFrom(child, found);
    }
  }
}

/** Every icon the manifest's `extensions` name, in document order. */
export function listExtensionIcons(manifest: JsonValue): ExtensionIcon[] {
  const found: ExtensionIcon[] = [];
  if (manifest !== null && typeof manifest === "object" && !Array.isArray(manifest)) {
    collectFrom(manifest.extensions ?? null, found);
  }
  return found;
}

/** Throws naming the first icon URL that is off-host, missing from public/ or of the wrong size. */
export function assertExtensionIconsServed(manifest: JsonValue, host: string, publicDir: string): void {
  const origin = `https://${host}`;
  for (const { size, url } of listExtensionIcons(manifest)) {
    const parsed = new URL(url);
    if (parsed.origin !== origin) throw new Error(`Extension icon ${url} must be served from ${origin}.`);
    const file = join(publicDir, decodeURIComponent(parsed.pathname));
    if (!existsSync(file)) {
      throw new Error(`Extension icon ${url} has no file at ${file}; run scripts/manifest/draw-icons.ts.`);
    }
    const { width, height } = readPngSize(readFileSync(file));
    if (width !== size || height !== size) {
      throw new Error(`Extension icon ${url} must be ${size}×${size} pixels (is ${width}×${height}).`);
    }
  }
}
