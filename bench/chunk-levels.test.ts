import { describe, expect, it } from "vitest";
import { findChunkLevels } from "./chunk-levels";

describe("findChunkLevels", () => {
  it("puts static imports beside their importer and each loaded dynamic import one level down", () => {
    const manifest = {
      "index.html": { file: "assets/main.js", isEntry: true, imports: ["_vendor"], dynamicImports: ["src/boot.tsx"] },
      _vendor: { file: "assets/vendor.js" },
      "src/boot.tsx": { file: "assets/boot.js", imports: ["_vendor"], dynamicImports: ["src/teams.ts", "src/demo.ts"] },
      "src/teams.ts": { file: "assets/teams.js", imports: ["_shared"] },
      _shared: { file: "assets/shared.js" },
      "src/demo.ts": { file: "assets/demo.js" },
    };
    const loaded = new Set([
      "assets/main.js",
      "assets/vendor.js",
      "assets/boot.js",
      "assets/teams.js",
      "assets/shared.js",
    ]);
    expect(Object.fromEntries(findChunkLevels(manifest, loaded))).toEqual({
      "assets/main.js": 1,
      "assets/vendor.js": 1,
      "assets/boot.js": 2,
      "assets/teams.js": 3,
      "assets/shared.js": 3,
    });
  });

  it("counts a chunk the page preloads as fetched with the entry", () => {
    const manifest = {
      "index.html": { file: "assets/main.js", isEntry: true, dynamicImports: ["src/boot.tsx"] },
      "src/boot.tsx": { file: "assets/boot.js", dynamicImports: ["src/teams.ts"] },
      "src/teams.ts": { file: "assets/teams.js" },
    };
    const loaded = new Set(["assets/main.js", "assets/boot.js", "assets/teams.js"]);
    const preloaded = new Set(["assets/boot.js", "assets/teams.js"]);
    expect(Object.fromEntries(findChunkLevels(manifest, loaded, preloaded))).toEqual({
      "assets/main.js": 1,
      "assets/boot.js": 1,
      "assets/teams.js": 1,
    });
  });
});
