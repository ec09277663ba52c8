// Validates a filled manifest and its localization files against Microsoft's own
// JSON schemas. The schemas are draft-04, so we use ajv-draft-04 — the validator
// @microsoft/app-manifest itself uses (and depends on), configured the same way.
import { readFileSync } from "node:fs";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { ErrorObject, ValidateFunction } from "ajv";
import { locateLocalizationSchema, locateManifestSchema } from "./schema-files.ts";

export interface ValidationResult {
  valid: boolean;
  /** One readable line per schema violation, naming the JSON path and the property. */
  errors: string[];
}

export type DocumentKind = "manifest" | "localization";

const compiled = new Map<DocumentKind, ValidateFunction>();

function compileSchema(kind: DocumentKind): ValidateFunction {
  const cached = compiled.get(kind);
  if (cached) return cached;
  const path = kind === "manifest" ? locateManifestSchema() : locateLocalizationSchema();
  const schema = JSON.parse(readFileSync(path, "utf8")) as object;
  const ajv = new Ajv04({
    allErrors: true,
    // Microsoft's schemas mix types in a few places; strictTypes would reject the schema itself.
    strictTypes: false,
    // The localization schema has patterns such as `\b]` that are invalid with the
    // RegExp `u` flag ("lone quantifier brackets"); Teams evaluates them without it.
    unicodeRegExp: false,
  });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  compiled.set(kind, validate);
  return validate;
}

// Ajv names a missing property in its message but an unexpected one only in params:
// add the latter so every line says which property is at fault.
function describeError(error: ErrorObject): string {
  const where = error.instancePath === "" ? "(root)" : error.instancePath;
  const message = error.message ?? error.keyword;
  const params = error.params as Record<string, unknown>;
  const extra = typeof params.additionalProperty === "string" ? `: '${params.additionalProperty}'` : "";
  return `${where} ${message}${extra}`;
}

export function validateDocument(kind: DocumentKind, document: unknown): ValidationResult {
  const validate = compileSchema(kind);
  // Validate the JSON form: undefined-valued keys would otherwise count as present.
  const valid = validate(JSON.parse(JSON.stringify(document)));
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describeError) };
}

export function validateManifest(manifest: unknown): ValidationResult {
  return validateDocument("manifest", manifest);
}

export function validateLocalization(localization: unknown): ValidationResult {
  return validateDocument("localization", localization);
}

/** Throws one error listing every violation, labelled with the file it came from. */
export function assertValid(label: string, result: ValidationResult): void {
  if (result.valid) return;
  throw new Error(`${label} does not match the Teams schema:\n  - ${result.errors.join("\n  - ")}`);
}
