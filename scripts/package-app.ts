// `npm run package`: builds build/meetloop-teams-app.zip, the Teams app and the Outlook add-in in one
// package (docs/deploy.md §4, §7), for upload to Teams or the Microsoft 365 admin center.
// MEETLOOP_HOST=meetloop.contoso.com VITE_AAD_CLIENT_ID=<guid> npm run package
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readAppSettings } from "./manifest/app-settings.ts";
import { buildAppPackage } from "./manifest/build-package.ts";

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const outputPath = `${repoRoot}build/meetloop-teams-app.zip`;

function readPackageVersion(): string {
  const packageJson = JSON.parse(readFileSync(`${repoRoot}package.json`, "utf8")) as { version?: unknown };
  return typeof packageJson.version === "string" ? packageJson.version : "0.0.0";
}

async function packageApp(): Promise<void> {
  const settings = readAppSettings(process.env, readPackageVersion());
  const { zip } = await buildAppPackage(`${repoRoot}manifest`, settings);
  mkdirSync(`${repoRoot}build`, { recursive: true });
  writeFileSync(outputPath, zip);
  console.log(
    `App package (Teams app and Outlook add-in) for https://${settings.host} (version ${settings.appVersion}):`,
  );
  console.log(`${outputPath} (${zip.byteLength.toLocaleString("en-US")} bytes)`);
}

packageApp().catch((error: unknown) => {
  // A configuration mistake is the common case: print the message, not a stack trace.
  console.error(`Packaging failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
