// The Microsoft 365 Agents Toolkit project (m365agents.yml, env/.env.dev, infra/): every action it
// names is one the toolkit documents, with the parameters the toolkit requires; every ${{VAR}} it
// or its files use is defined for the environment (or is a secret an earlier action writes); and
// what it registers and packages is what the app and docs/deploy.md say.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { authRedirectPath } from "@/lib/auth/create-auth";
import { allScopes } from "@/lib/graph/scopes";
import { readAppSettings } from "./manifest/app-settings.ts";

const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), "utf8");

/**
 * The actions of the toolkit's YAML schema v1.11 that Meetloop may use, each with the `with`
 * parameters the schema marks required (`lifeCycleArray` in
 * https://github.com/OfficeDev/microsoft-365-agents-toolkit/blob/dev/packages/fx-core/resource/yaml-schema/v1.11/yaml.schema.json;
 * reference: https://aka.ms/teamsfx-actions).
 */
const documentedActions: Readonly<Record<string, readonly string[]>> = {
  "aadApp/create": ["name", "generateClientSecret", "signInAudience"],
  "aadApp/update": ["manifestPath", "outputFilePath"],
  "arm/deploy": ["subscriptionId", "resourceGroupName", "templates"],
  "azureStaticWebApps/getDeploymentToken": ["resourceId"],
  "azureStorage/enableStaticWebsite": ["storageResourceId"],
  "azureStorage/deploy": ["artifactFolder", "resourceId"],
  "cli/runNpmCommand": ["args"],
  "cli/runNpxCommand": ["args"],
  "teamsApp/validateManifest": ["manifestPath"],
  "teamsApp/validateAppPackage": ["appPackagePath"],
  "teamsApp/zipAppPackage": ["manifestPath", "outputZipPath", "outputFolder"],
  "teamsApp/update": ["appPackagePath"],
  "teamsApp/extendToM365": ["appPackagePath"],
  "teamsApp/publishAppPackage": ["appPackagePath"],
};

interface Action {
  uses: string;
  name?: string;
  env?: Record<string, string>;
  with: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

interface Project {
  version: string;
  environmentFolderPath: string;
  provision: Action[];
  deploy: Action[];
  publish: Action[];
}

const projectText = read("m365agents.yml");
const project = load(projectText) as Project;
const lifecycle = [...project.provision, ...project.deploy, ...project.publish];

function readEnvFile(path: string): Map<string, string> {
  const entries = read(path)
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const at = line.indexOf("=");
      return [line.slice(0, at), line.slice(at + 1)] as const;
    });
  return new Map(entries);
}

const devEnv = readEnvFile("env/.env.dev");
const placeholder = /\$\{\{([A-Za-z0-9_]+)\}\}/g;

function listPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(placeholder)].map((match) => match[1] ?? ""))];
}

/** The files the toolkit fills ${{VAR}} in before using them: the Entra manifest, ARM parameters. */
function listTemplatedFiles(): string[] {
  const files: string[] = [];
  for (const action of lifecycle) {
    if (action.uses === "aadApp/update") files.push(String(action.with.manifestPath));
    if (action.uses === "arm/deploy") {
      for (const template of action.with.templates as { parameters?: string }[]) {
        if (template.parameters !== undefined) files.push(template.parameters);
      }
    }
  }
  return files.map((path) => path.replace(/^\.\//, ""));
}

function withPlaceholdersFilled(env: Record<string, string>, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([key, value]) => [
      key,
      value.replace(placeholder, (_m, name: string) => values[name] ?? ""),
    ]),
  );
}

describe("m365agents.yml", () => {
  it("uses the v1.11 schema and keeps environments in env/", () => {
    expect(project.version).toBe("v1.11");
    expect(projectText).toContain("$schema=https://aka.ms/teams-toolkit/v1.11/yaml.schema.json");
    expect(project.environmentFolderPath).toBe("./env");
  });

  it("names only documented actions, each with the parameters the schema requires", () => {
    for (const action of lifecycle) {
      const required = documentedActions[action.uses];
      expect(required, action.uses).toBeDefined();
      for (const parameter of required ?? [])
        expect(action.with, `${action.uses}.${parameter}`).toHaveProperty(parameter);
    }
  });

  it("provisions the registration, the site and a sideloaded package; deploys the build; publishes to the catalog", () => {
    const uses = (actions: Action[]): string[] => actions.map((action) => action.uses);
    expect(uses(project.provision)).toEqual([
      "aadApp/create",
      "arm/deploy",
      "aadApp/update",
      "azureStaticWebApps/getDeploymentToken",
      "cli/runNpmCommand",
      "teamsApp/validateAppPackage",
      "teamsApp/extendToM365",
    ]);
    expect(uses(project.deploy)).toEqual(["cli/runNpmCommand", "cli/runNpmCommand", "cli/runNpxCommand"]);
    expect(uses(project.publish)).toEqual([
      "cli/runNpmCommand",
      "teamsApp/validateAppPackage",
      "teamsApp/publishAppPackage",
    ]);
  });

  it("registers a public client: no client secret, this tenant only", () => {
    const create = project.provision.find((action) => action.uses === "aadApp/create");
    expect(create?.with).toMatchObject({ generateClientSecret: false, signInAudience: "AzureADMyOrg" });
    expect(Object.values(create?.writeToEnvironmentFile ?? {}).filter((name) => name.startsWith("SECRET_"))).toEqual(
      [],
    );
  });

  it("defines in env/.env.dev every variable it and its templated files use, secrets excepted", () => {
    const written = new Set(lifecycle.flatMap((action) => Object.values(action.writeToEnvironmentFile ?? {})));
    const used = [JSON.stringify(project), ...listTemplatedFiles().map(read)].flatMap(listPlaceholders);
    for (const name of used) {
      if (name.startsWith("SECRET_")) expect(written.has(name), `${name} is written by an action`).toBe(true);
      else expect(devEnv.has(name), `${name} in env/.env.dev`).toBe(true);
    }
  });

  it("declares in env/.env.dev every value provisioning writes there, and keeps secrets out of it", () => {
    const written = lifecycle.flatMap((action) => Object.values(action.writeToEnvironmentFile ?? {}));
    const bicepOutputs = [...read("infra/azure.bicep").matchAll(/^output (\w+) /gm)].map((match) => match[1] ?? "");
    for (const name of [...written, ...bicepOutputs].filter((n) => !n.startsWith("SECRET_"))) {
      expect(devEnv.has(name), name).toBe(true);
    }
    expect([...devEnv.keys()].filter((name) => name.startsWith("SECRET_"))).toEqual([]);
    expect(read(".gitignore")).toContain("env/.env.*.user");
  });

  it("builds the package with our own `npm run package`, with every setting it requires, where the script writes it", () => {
    const packaging = lifecycle.filter(
      (action) => action.uses === "cli/runNpmCommand" && action.with.args === "run package",
    );
    expect(packaging).toHaveLength(2);
    const sample = {
      TAB_DOMAIN: "meetloop-dev.azurestaticapps.net",
      AAD_APP_CLIENT_ID: "0b6c2f7e-3f0a-4c1e-9d8a-6a1f2b3c4d5e",
    };
    for (const action of packaging) {
      const env = withPlaceholdersFilled(action.env ?? {}, { ...Object.fromEntries(devEnv), ...sample });
      expect(readAppSettings(env, "1.0.0")).toMatchObject({
        host: sample.TAB_DOMAIN,
        aadClientId: sample.AAD_APP_CLIENT_ID,
        appId: devEnv.get("MEETLOOP_APP_ID"),
      });
    }
    const zipPaths = lifecycle.map((action) => action.with.appPackagePath).filter((path) => path !== undefined);
    expect(new Set(zipPaths)).toEqual(new Set(["./build/meetloop-teams-app.zip"]));
    expect(read("scripts/package-app.ts")).toContain("build/meetloop-teams-app.zip");
  });

  it("deploys the build with the client id, authority and Graph root Vite inlines, and the headers file", () => {
    const build = project.deploy.find((action) => action.with.args === "run build");
    expect(Object.keys(build?.env ?? {}).sort()).toEqual([
      "VITE_AAD_AUTHORITY",
      "VITE_AAD_CLIENT_ID",
      "VITE_GRAPH_BASE_URL",
      "VITE_TEAMS_APP_ID",
    ]);
    const upload = project.deploy.find((action) => action.uses === "cli/runNpxCommand");
    expect(upload?.with.args).toMatch(/deploy \.\/dist --swa-config-location \.\/dist /);
  });
});

describe("infra/aad.manifest.json", () => {
  const manifest = JSON.parse(read("infra/aad.manifest.json")) as {
    signInAudience: string;
    requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    replyUrlsWithType: { url: string; type: string }[];
  };

  it("registers exactly the delegated Graph scopes the app asks for", () => {
    expect(manifest.requiredResourceAccess).toHaveLength(1);
    const [graph] = manifest.requiredResourceAccess;
    expect(graph?.resourceAppId).toBe("Microsoft Graph");
    expect(graph?.resourceAccess.every((access) => access.type === "Scope")).toBe(true);
    expect(graph?.resourceAccess.map((access) => access.id).sort()).toEqual(allScopes());
  });

  it("registers the two SPA redirect URIs of docs/deploy.md §1 on the provisioned host", () => {
    expect(manifest.signInAudience).toBe("AzureADMyOrg");
    expect(manifest.replyUrlsWithType).toEqual([
      { url: "brk-multihub://${{TAB_DOMAIN}}", type: "Spa" },
      { url: `https://\${{TAB_DOMAIN}}${authRedirectPath}`, type: "Spa" },
    ]);
  });
});
