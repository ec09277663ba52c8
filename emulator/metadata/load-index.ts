// Loads the Graph metadata index once per process. Parsing the 3.5 MB CSDL takes about a second,
// so the derived index is cached as JSON under node_modules/.cache, keyed by the XML's size and
// modification time; a stale or unreadable cache is simply rebuilt.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { INDEX_VERSION, buildMetadataIndex } from "./build-index.ts";
import type { MetadataIndex } from "./types.ts";

const here = dirname(fileURLToPath(import.meta.url));

/** The CSDL copied unchanged from microsoftgraph/msgraph-metadata (see emulator/metadata/README.md). */
export const defaultMetadataPath = process.env.MEETLOOP_GRAPH_METADATA ?? join(here, "v1.0-cleanMetadata.xml");

const cacheDir = resolve(here, "../../node_modules/.cache/meetloop-graph-emulator");
const loaded = new Map<string, MetadataIndex>();

function readCachedIndex(cachePath: string): MetadataIndex | undefined {
  if (!existsSync(cachePath)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(cachePath, "utf8")) as MetadataIndex;
    return parsed.version === INDEX_VERSION ? parsed : undefined;
  } catch (error) {
    // A truncated cache (e.g. two processes writing at once) is rebuilt, not fatal.
    console.warn(`[graph-emulator] ignoring unreadable metadata cache ${cachePath}: ${String(error)}`);
    return undefined;
  }
}

export function loadMetadataIndex(xmlPath: string = defaultMetadataPath): MetadataIndex {
  const memo = loaded.get(xmlPath);
  if (memo) return memo;
  const stat = statSync(xmlPath);
  const cachePath = join(cacheDir, `index-v${INDEX_VERSION}-${stat.size}-${Math.floor(stat.mtimeMs)}.json`);
  let index = readCachedIndex(cachePath);
  if (!index) {
    index = buildMetadataIndex(readFileSync(xmlPath, "utf8"));
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cachePath}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(index));
    // Rename is atomic, so a concurrent reader never sees half a file.
    renameSync(tmp, cachePath);
  }
  loaded.set(xmlPath, index);
  return index;
}
