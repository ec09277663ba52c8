// Reads and validates scenario files. Validation errors name the JSON path of each problem
// (`meetings[0].attendees[2]: unknown user 'x'`) so a broken scenario fails loudly at start-up
// and the admin endpoint can answer 400 with the same text.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { scenarioSchema } from "./schema.ts";
import type { Scenario } from "./schema.ts";

export const defaultScenarioPath = join(dirname(fileURLToPath(import.meta.url)), "../scenarios/ecommerce.zh.json");

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScenarioError";
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : `${acc}${acc === "" ? "" : "."}${String(key)}`),
    "",
  );
}

export function parseScenario(input: unknown, source = "scenario"): Scenario {
  const result = scenarioSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${formatPath(issue.path) || "(root)"}: ${issue.message}`);
  throw new ScenarioError(`Invalid ${source}: ${problems.join("; ")}`);
}

export function loadScenarioFile(path: string): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ScenarioError(`Cannot read scenario ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseScenario(json, `scenario ${path}`);
}
