// JavaScript chunk levels of what a page actually loaded: the entry chunk is level 1; a chunk it
// imports statically loads beside it (Vite preloads a chunk's static imports together with it), and
// each dynamic import is one level more. The edges come from Vite's build manifest, the chunks from
// the page's resource timing. (Chromium's own initiator for module script requests is only
// "about:client", with no stack, so it cannot tell which chunk asked.) A chunk the page itself
// preloads (`<link rel="modulepreload">` in index.html) is fetched with the entry, so it is level 1
// however it is imported.
import type { Manifest } from "./bundle-size";

/** Level of each loaded chunk file (e.g. "assets/boot-x.js"); files outside the manifest are left out. */
export function findChunkLevels(
  manifest: Manifest,
  loadedFiles: ReadonlySet<string>,
  preloadedFiles: ReadonlySet<string> = new Set(),
): Map<string, number> {
  const levels = new Map<string, number>();
  const entries = Object.keys(manifest).filter(
    (key) =>
      (manifest[key]?.isEntry || preloadedFiles.has(manifest[key]?.file ?? "")) &&
      loadedFiles.has(manifest[key]?.file ?? ""),
  );
  let frontier = entries.map((key) => ({ key, level: 1 }));
  const seen = new Set<string>();
  while (frontier.length > 0) {
    const next: { key: string; level: number }[] = [];
    for (const { key, level } of frontier) {
      if (seen.has(key)) continue;
      const chunk = manifest[key];
      if (!chunk || !loadedFiles.has(chunk.file)) continue;
      seen.add(key);
      levels.set(chunk.file, level);
      for (const dep of chunk.imports ?? []) if (!seen.has(dep)) frontier.push({ key: dep, level });
      for (const dep of chunk.dynamicImports ?? []) if (!seen.has(dep)) next.push({ key: dep, level: level + 1 });
    }
    frontier = next;
  }
  return levels;
}
