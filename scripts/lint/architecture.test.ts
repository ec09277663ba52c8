// Probes the import rules of eslint.config.js with code that breaks them: each layer violation must
// be reported (docs/architecture.md §3). Only the import rules run, on text that is never written.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({
  cwd: new URL("../..", import.meta.url).pathname,
  overrideConfig: [{ languageOptions: { parserOptions: { projectService: false, project: null } } }],
  ruleFilter: ({ ruleId }) =>
    ["import-x/no-restricted-paths", "no-restricted-imports", "import-x/extensions"].includes(ruleId),
});

async function listViolations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? "?"}: ${m.message}`);
}

describe("the architecture's import rules", () => {
  it("reject a kernel module importing a feature", async () => {
    const found = await listViolations(
      "src/meeting/model/probe.ts",
      'import { SeriesView } from "@/features/series";\n',
    );
    expect(found.join("\n")).toMatch(/meeting kernel imports only src\/lib/);
  });

  it("reject lib importing the kernel", async () => {
    const found = await listViolations(
      "src/lib/time/probe.ts",
      'import { pickHost } from "@/meeting/model/series-config/host-rotation";\n',
    );
    expect(found.join("\n")).toMatch(/src\/lib is infrastructure/);
  });

  it("reject a feature importing another feature, and the kernel's model importing the Graph client or React", async () => {
    expect(
      await listViolations("src/features/agenda/probe.ts", 'import { ReportPanel } from "@/features/reports";\n'),
    ).not.toEqual([]);
    const model = await listViolations(
      "src/meeting/model/probe.ts",
      'import { useState } from "react";\nimport type { GraphClient } from "@/lib/graph";\n',
    );
    expect(model).toHaveLength(2);
  });

  it("accept a feature importing the kernel and lib", async () => {
    const code =
      'import { pickHost } from "@/meeting/model/series-config/host-rotation";\nimport { sleep } from "@/lib/graph/sleep";\n';
    expect(await listViolations("src/features/agenda/probe.ts", code)).toEqual([]);
  });

  it("keep CLDR's Windows zone table behind src/lib/time", async () => {
    const code = 'import windowsZones from "cldr-core/supplemental/windowsZones.json";\n';
    expect((await listViolations("src/features/series/probe.ts", code)).join("\n")).toMatch(/src\/lib\/time/);
    expect(await listViolations("src/lib/time/windows-zones.test.ts", code)).toEqual([]);
  });

  it("hold one import style per runtime: no extension in bundled code, the file's in Node-run code", async () => {
    const bundled = await listViolations("src/lib/time/probe.ts", 'import { sleep } from "../graph/sleep.ts";\n');
    expect(bundled.join("\n")).toMatch(/Unexpected use of file extension/);
    const nodeRun = await listViolations("emulator/probe.ts", 'import { FaultInjector } from "./faults";\n');
    expect(nodeRun.join("\n")).toMatch(/Missing file extension/);
  });
});
