// `npm run package`: builds build/meetloop-teams-app.zip, the Teams app and the Outlook add-in in one
// package (docs/deploy.md §4, §7), for upload to Teams or the Microsoft 365 admin center.
// MEETLOOP_HOST=meetloop.contoso.com VITE_AAD_CLIENT_ID=<guid> npm run package
// `npm run package -- --cloud china` (or MEETLOOP_CLOUD=china) packages for Microsoft 365 operated by
// 21Vianet: the Teams app without the Outlook add-in, checked to name no global host (docs/deploy.md §9).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readAppSettings } from "./manifest/app-settings.ts";
import { buildAppPackage } from "./manifest/build-package.ts";

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const outputPath = `${repoRoot}build/meetloop-teams-app.zip`;

function readPackageVersion(): string {
  const packageJson = JSON.parse(readFileSync(`${repoRoot}package.json`, "utf8")) as { version?: unknown };
  return typeof packageJson.version === "string" ? packageJson.version : "0.0.0";
}

async function packageApp(): Promise<void> {
  const { values } = parseArgs({ options: { cloud: { type: "string" } } });
  const env = values.cloud === undefined ? process.env : { ...process.env, MEETLOOP_CLOUD: values.cloud };
  const settings = readAppSettings(env, readPackageVersion());
  const { zip } = await buildAppPackage(`${repoRoot}manifest`, settings);
  mkdirSync(`${repoRoot}build`, { recursive: true });
  writeFileSync(outputPath, zip);
  console.log(
    `App package for https://${settings.host} (version ${settings.appVersion}, ${settings.cloud ?? "global"} cloud; ${settings.cloud === "china" ? "the Teams app" : "the Teams app and the Outlook add-in"}):`,
  );
  console.log(`${outputPath} (${zip.byteLength.toLocaleString("en-US")} bytes)`);
}

packageApp().catch((error: unknown) => {
  // A configuration mistake is the common case: print the message, not a stack trace.
  console.error(`Packaging failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
