// `npm run smoke:tenant`: the meeting cycle against a real Microsoft 365 tenant, signed in by
// device code, with the app's own Graph operations (docs/deploy.md §6). `-- --emulator` runs the
// same cycle against the local emulator, which the test command does to keep this script correct.
// MEETLOOP_CLOUD=china runs it in Microsoft 365 operated by 21Vianet (docs/deploy.md §9): that
// cloud's sign-in host and Graph root (src/lib/config/cloud.ts), its Planner steps refused.
import { PublicClientApplication } from "@azure/msal-node";
import { startEmulator } from "../emulator/start-emulator.ts";
import { getCloud, isCloudName } from "@/lib/config/cloud";
import type { CloudName } from "@/lib/config/cloud";
import { allScopes, createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { runSmoke } from "./smoke/run-smoke.ts";
import type { SmokeStep, SmokeTarget } from "./smoke/run-smoke.ts";

function readCloudName(): CloudName {
  const value = process.env.MEETLOOP_CLOUD?.trim() || "global";
  if (!isCloudName(value)) throw new Error(`MEETLOOP_CLOUD must be "global" or "china" (got "${value}").`);
  return value;
}

function readEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value.trim() === "") {
    throw new Error(`Set ${name} (see docs/deploy.md §6 for every variable the tenant smoke test needs).`);
  }
  return value.trim();
}

async function signInByDeviceCode(): Promise<GraphClient> {
  const cloud = getCloud(readCloudName());
  const graphRoot = cloud.graphRoot;
  const app = new PublicClientApplication({
    auth: {
      clientId: readEnv("MEETLOOP_CLIENT_ID"),
      authority: `${cloud.loginOrigin}/${readEnv("MEETLOOP_TENANT_ID")}`,
    },
  });
  const scopes = allScopes().map((scope) => `${graphRoot}/${scope}`);
  const result = await app.acquireTokenByDeviceCode({
    scopes,
    deviceCodeCallback: (response) => {
      console.log(response.message);
    },
  });
  if (result === null) throw new Error("The device code sign-in returned no token.");
  let token = result.accessToken;
  let account = result.account;
  return createGraphClient({
    baseUrl: `${graphRoot}/v1.0`,
    cloud: cloud.name,
    auth: {
      getToken: async () => {
        if (account !== null) {
          const renewed = await app.acquireTokenSilent({ account, scopes });
          token = renewed.accessToken;
          account = renewed.account;
        }
        return token;
      },
    },
  });
}

async function readTarget(client: GraphClient): Promise<SmokeTarget> {
  const me = await readMe(client);
  return {
    seriesId: readEnv("MEETLOOP_TEST_CHAT_ID"),
    groupId: readEnv("MEETLOOP_TEST_GROUP_ID"),
    planId: readEnv("MEETLOOP_TEST_PLAN_ID"),
    ...me,
    appUrl: process.env.MEETLOOP_APP_URL ?? "https://meetloop.example",
  };
}

/** The signed-in user's person key (their object id) and name. */
async function readMe(client: GraphClient): Promise<{ key: string; name: string }> {
  const { body } = await client.get<{ id: string; displayName: string }>("/me?$select=id,displayName", {
    operation: "getMe",
  });
  return { key: body.id.toLowerCase(), name: body.displayName };
}

export function formatSteps(steps: readonly SmokeStep[]): string {
  const width = Math.max(...steps.map((s) => s.name.length));
  return steps
    .map((s) => `${s.ok ? "ok  " : "FAIL"}  ${s.name.padEnd(width)}  ${s.ms.toFixed(0).padStart(6)} ms  ${s.detail}`)
    .join("\n");
}

async function main(): Promise<number> {
  const isEmulator = process.argv.includes("--emulator");
  const emulator = isEmulator ? await startEmulator({ port: 0 }) : undefined;
  try {
    let steps: SmokeStep[];
    if (emulator !== undefined) {
      const upn = "wang.jianguo@yunzhan.example";
      const client = createGraphClient({
        baseUrl: emulator.graphBaseUrl,
        auth: { getToken: () => Promise.resolve(`emu:${upn}`) },
      });
      const chat = Object.values(emulator.emulator.getState().chats).find((c) => c.topic === "周例会");
      const group = emulator.emulator.getState().groups.find((g) => g.displayName === "云栈管理层");
      const plan = Object.values(emulator.emulator.getState().planner.plans).find((p) => p.groupId === group?.id);
      if (chat === undefined || group === undefined || plan === undefined)
        throw new Error("The default scenario lacks 周例会, 云栈管理层 or its plan.");
      steps = await runSmoke(client, {
        seriesId: chat.id,
        groupId: group.id,
        planId: plan.id,
        ...(await readMe(client)),
        appUrl: emulator.url,
      });
    } else {
      const client = await signInByDeviceCode();
      steps = await runSmoke(client, await readTarget(client));
    }
    console.log(formatSteps(steps));
    const failed = steps.filter((s) => !s.ok).length;
    console.log(failed === 0 ? "smoke test passed" : `smoke test FAILED: ${String(failed)} steps`);
    return failed === 0 ? 0 : 1;
  } finally {
    await emulator?.close();
  }
}

process.exitCode = await main();
