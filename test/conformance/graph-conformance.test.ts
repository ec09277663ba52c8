// Conformance with Microsoft's documented examples (docs/emulator.md, "Conformance with Microsoft's
// documented examples"): for every operation in src/lib/graph/scopes.ts, the example response of
// its Graph API reference page (microsoftgraph/microsoft-graph-docs-contrib, copied into
// fixtures/<operation>.json) feeds the app's mapper, and the page's example request, adapted to the
// default scenario's ids, goes to the emulator over real HTTP, which must accept it and answer with
// the example's property names and types. Prints operation → documentation path → result.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationScopes } from "@/lib/graph/scopes";
import { conformanceCases } from "./cases";
import { hasExample, listExampleOperations } from "./support/fixture";
import { formatTable, runCase } from "./support/run-case";
import { openSession } from "./support/session";
import type { CaseOutcome } from "./support/run-case";
import type { Session } from "./support/session";

const operations = Object.keys(operationScopes).sort();
const outcomes = new Map<string, CaseOutcome>();
let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session.close();
  const rows = operations.map((operation) => {
    const outcome = outcomes.get(operation);
    if (outcome === undefined) return { operation, source: "—", result: "NO CASE" };
    const result =
      outcome.mismatches.length === 0
        ? `ok · mapper: ${outcome.mapped} · emulator: ${outcome.answered}`
        : `FAIL (${String(outcome.mismatches.length)}) · ${outcome.mismatches.join(" | ")}`;
    return { operation, source: outcome.source, result };
  });
  console.log(`Graph conformance with Microsoft's documented examples\n${formatTable(rows)}`);
});

describe("conformance with Microsoft's documented examples", () => {
  it("has a case and a documented example for every operation in scopes.ts, and none for others", () => {
    const withCase = new Set(conformanceCases.map((c) => c.operation));
    const missingCase = operations.filter((op) => !withCase.has(op));
    const missingExample = operations.filter((op) => withCase.has(op) && !hasExample(op));
    const stale = [...new Set([...withCase, ...listExampleOperations()])].filter((op) => !(op in operationScopes));
    const problems = [
      ...missingCase.map((op) => `${op}: no conformance case (add one to test/conformance/cases)`),
      ...missingExample.map((op) => `${op}: no documented example (add test/conformance/fixtures/${op}.json)`),
      ...stale.map((op) => `${op}: has a case or fixture but is no longer in src/lib/graph/scopes.ts: remove them`),
    ];
    expect(problems, problems.join("\n")).toEqual([]);
  });

  for (const conformance of conformanceCases) {
    it(`${conformance.operation} matches its documented example`, async () => {
      const outcome = await runCase(conformance, session);
      outcomes.set(conformance.operation, outcome);
      expect(outcome.mismatches, `${conformance.operation} (${outcome.source}, ${outcome.example})`).toEqual([]);
    });
  }
});
