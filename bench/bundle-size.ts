// What a Teams user downloads: walks Vite's build manifest from index.html through static imports
// (before the first paint) and then through the start-up chunks Teams needs before the series shows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8")) as Manifest;
}

function collectStatic(manifest: Manifest, key: string, into: Set<string>): void {
  if (into.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`Build manifest has no chunk ${key}`);
  into.add(key);
  for (const next of chunk.imports ?? []) collectStatic(manifest, next, into);
}

export function sumGzipKb(outDir: string, manifest: Manifest, keys: Iterable<string>): number {
  let bytes = 0;
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunk?.file.endsWith(".js")) bytes += gzipSync(readFileSync(join(outDir, chunk.file)), { level: 9 }).length;
  }
  return bytes / 1024;
}

/**
 * `teamsPath` names the dynamic imports the Teams side panel takes on its way to showing the
 * series (boot, host SDK, MSAL, the side panel); demo-only chunks are never on it.
 */
export function measureTeamsDownload(outDir: string, teamsPath: RegExp) {
  const manifest = readManifest(outDir);
  const entryKey = Object.keys(manifest).find((k) => k === "index.html" && manifest[k]?.isEntry);
  if (!entryKey) throw new Error("Build manifest has no entry");
  const firstPaint = new Set<string>();
  collectStatic(manifest, entryKey, firstPaint);
  const seriesShown = new Set(firstPaint);
  const queue = [...firstPaint];
  while (queue.length > 0) {
    const key = queue.shift() ?? "";
    for (const dynamic of manifest[key]?.dynamicImports ?? []) {
      if (!teamsPath.test(dynamic) || seriesShown.has(dynamic)) continue;
      const added = new Set<string>();
      collectStatic(manifest, dynamic, added);
      for (const k of added) {
        if (!seriesShown.has(k)) {
          seriesShown.add(k);
          queue.push(k);
        }
      }
    }
  }
  const demoChunks = [...seriesShown].filter((k) => /demo|emulator/.test(k));
  return {
    firstPaintKb: sumGzipKb(outDir, manifest, firstPaint),
    seriesShownKb: sumGzipKb(outDir, manifest, seriesShown),
    chunks: [...seriesShown],
    demoChunks,
  };
}
