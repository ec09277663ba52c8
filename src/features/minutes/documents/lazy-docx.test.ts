// The `docx` package must stay out of the start-up bundle: only the .docx builder and its helpers
// may import it (or them), and everything else reaches the builder through a dynamic import().
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const folder = dirname(fileURLToPath(import.meta.url));
const heavy = new Set(["minutes-docx.ts", "docx-blocks.ts"]);
const STATIC_VALUE_IMPORT = /^import (?!type )[^;]*? from "(docx|\.\/minutes-docx|\.\/docx-blocks)";/m;

describe("lazy .docx", () => {
  it("imports docx only from the .docx builder's own modules", () => {
    const offenders = readdirSync(folder)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !heavy.has(file))
      .filter((file) => STATIC_VALUE_IMPORT.test(readFileSync(join(folder, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("loads the builder on demand from the feature's entry point", async () => {
    const source = readFileSync(join(folder, "index.ts"), "utf8");
    expect(source).toContain('import("./minutes-docx")');
    const { loadMinutesDocx } = await import("./index");
    expect(typeof (await loadMinutesDocx()).buildMinutesDocx).toBe("function");
  });
});
