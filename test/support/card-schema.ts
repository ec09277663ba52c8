// Validates cards against the Adaptive Card 1.5 schema Teams renders (docs/architecture.md §5). The schema is a
// copy kept next to this file (see README.md) so the tests run offline.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import type { ErrorObject, ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import draft06MetaSchema from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };

// A path, not a URL object: under jsdom the global URL is jsdom's, which node:fs does not accept.
const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), "adaptive-card-1.5.schema.json");

let validate: ValidateFunction | undefined;

function getValidator(): ValidateFunction {
  if (validate) return validate;
  // The schema is draft-06 and uses union types and keywords ajv's strict mode rejects.
  const ajv = new Ajv({ strict: false, allowUnionTypes: true, allErrors: true });
  ajv.addMetaSchema(draft06MetaSchema);
  addFormats(ajv);
  const schema: unknown = JSON.parse(readFileSync(SCHEMA_PATH, "utf8"));
  if (typeof schema !== "object" || schema === null || Array.isArray(schema))
    throw new TypeError("Adaptive Card schema is not a JSON object");
  // The file names itself with draft-04's `id` although it declares draft-06, where the keyword is
  // `$id`; ajv 8 refuses `id`. It is the only one (nested "id"s are property names), so it is
  // renamed here rather than editing the copied file.
  const { id, ...rest } = schema as Record<string, unknown>;
  validate = ajv.compile({ ...rest, ...(typeof id === "string" ? { $id: id } : {}) });
  return validate;
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || "/"} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}

// The schema leaves `version` optional although its own description says the top-level card
// needs it, and it cannot say "at most 1.5"; both matter to Teams, so they are checked here.
function checkVersion(card: unknown): string[] {
  if (typeof card !== "object" || card === null) return [];
  const version: unknown = (card as Record<string, unknown>).version;
  if (typeof version !== "string") return ["/version is required on a top-level card"];
  const match = /^(\d+)\.(\d+)$/.exec(version);
  if (!match) return [`/version ${version} is not "major.minor"`];
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major > 1 || (major === 1 && minor > 5) ? [`/version ${version} is newer than the 1.5 Teams renders`] : [];
}

/** Schema errors for `card` (empty when it is a valid Adaptive Card 1.5). */
export function validateAdaptiveCard(card: unknown): string[] {
  const check = getValidator();
  const schemaErrors = check(card) ? [] : (check.errors ?? []).map(describe);
  return [...schemaErrors, ...checkVersion(card)];
}
