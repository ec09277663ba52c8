import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  UnavailableInCloudError,
  checkAvailability,
  cloudAvailability,
  listUnavailableOperations,
} from "./cloud-availability";
import { findUnavailableInCloud } from "./unavailable-in-cloud";
import { operationScopes } from "./scopes";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const repoFile = (path: string) => join(repoRoot, path);

/** Each conformance example names the reference page it was copied from (test/conformance/fixtures). */
function readExampleSources(): Record<string, string> {
  const folder = repoFile("test/conformance/fixtures");
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith(".json"))
      .map((name) => {
        const example = JSON.parse(readFileSync(`${folder}/${name}`, "utf8")) as { operation: string; source: string };
        return [example.operation, example.source];
      }),
  );
}

/** The availability table of docs/deploy.md: operation → [china, doc]. */
function readDocsTable(): Record<string, { china: boolean; doc: string }> {
  const doc = readFileSync(repoFile("docs/deploy.md"), "utf8");
  const start = doc.indexOf("| operation | 21Vianet | reference page |");
  if (start === -1) throw new Error("docs/deploy.md has no availability table");
  const table = doc.slice(start, doc.indexOf("\n\n", start));
  return Object.fromEntries(
    [...table.matchAll(/^\| ([A-Za-z]+) \| (yes|\*\*no\*\*) \| `([^`]+)` \|$/gm)].map((m) => [
      m[1] ?? "",
      { china: m[2] === "yes", doc: m[3] ?? "" },
    ]),
  );
}

describe("cloudAvailability", () => {
  it("has one row per operation of the scope table, in its order", () => {
    expect(Object.keys(cloudAvailability)).toEqual(Object.keys(operationScopes));
  });

  it("names for each operation the reference page its conformance example comes from", () => {
    const sources = readExampleSources();
    for (const [operation, row] of Object.entries(cloudAvailability)) {
      expect.soft(row.doc, operation).toBe(sources[operation]);
    }
  });

  it("is the table docs/deploy.md shows", () => {
    const documented = readDocsTable();
    expect(Object.keys(documented)).toEqual(Object.keys(cloudAvailability));
    for (const [operation, row] of Object.entries(cloudAvailability)) {
      expect(documented[operation], operation).toEqual({ china: row.china, doc: row.doc });
    }
  });

  it("lacks in 21Vianet Planner and the online meeting look-up only, each naming what the user loses", () => {
    expect(listUnavailableOperations("global")).toEqual([]);
    const missing = listUnavailableOperations("china");
    expect(missing.filter((operation) => cloudAvailability[operation].area !== "planner")).toEqual([
      "getOnlineMeeting",
    ]);
    expect(missing.every((operation) => cloudAvailability[operation].clouds === "global-us")).toBe(true);
  });

  it("refuses an operation the cloud lacks with a typed error, found through causes", () => {
    expect(checkAvailability("global", "createPlannerTask")).toBeUndefined();
    expect(checkAvailability("china", "postChatMessage")).toBeUndefined();
    const refused = checkAvailability("china", "createPlannerTask");
    expect(refused).toBeInstanceOf(UnavailableInCloudError);
    expect(refused).toMatchObject({ cloud: "china", operation: "createPlannerTask", area: "planner" });
    expect(findUnavailableInCloud(new Error("publish failed", { cause: refused }))).toBe(refused);
  });
});
