// Where the Teams manifest JSON schemas live. They are read from the installed
// @microsoft/app-manifest package, never fetched: packaging must work offline and
// must validate against exactly the schema version the repository pins.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The manifest schema Meetloop targets; manifest.template.json's `manifestVersion` must match. */
export const MANIFEST_SCHEMA_VERSION = "1.30";

export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_SCHEMA_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`;

const requireFromHere = createRequire(import.meta.url);

/** The folder holding one directory per Teams schema version (v1.0 … v1.30, vDevPreview). */
export function locateTeamsSchemasDir(): string {
  const packageJson = requireFromHere.resolve("@microsoft/app-manifest/package.json");
  return join(dirname(packageJson), "build", "json-schemas", "teams");
}

export function locateManifestSchema(version = MANIFEST_SCHEMA_VERSION): string {
  return join(locateTeamsSchemasDir(), `v${version}`, "MicrosoftTeams.schema.json");
}

export function locateLocalizationSchema(version = MANIFEST_SCHEMA_VERSION): string {
  return join(locateTeamsSchemasDir(), `v${version}`, "MicrosoftTeams.Localization.schema.json");
}

/**
 * The newest released (non-preview) schema version shipped by the package. Compared
 * numerically because "1.3" < "1.30" < "1.4" as strings would pick the wrong one.
 */
export function findNewestShippedSchemaVersion(): string {
  const versions = readdirSync(locateTeamsSchemasDir())
    .map((entry) => /^v(\d+)\.(\d+)$/.exec(entry))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ major: Number(match[1]), minor: Number(match[2]) }))
    .sort((a, b) => a.major - b.major || a.minor - b.minor);
  const newest = versions.at(-1);
  if (newest === undefined) throw new Error(`No Teams manifest schema found in ${locateTeamsSchemasDir()}`);
  return `${newest.major}.${newest.minor}`;
}
