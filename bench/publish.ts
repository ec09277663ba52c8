// Publishing 60 action items to Planner at 150 ms emulator latency: the real engine
// (src/features/minutes/planner-sync) against a naive one-request-at-a-time publish of the same items
// (POST task, GET details, PATCH details, each awaited) into another bucket; then a re-publish
// with no change, which must write nothing. Figures only — no assertions.
import { startEmulator } from "../emulator/start-emulator";
import { createGraphClient } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { buildDesiredTask, publishActionItems } from "@/features/minutes/planner-sync";
import type { PublishInput } from "@/features/minutes/planner-sync";
import type { ActionItem } from "@/meeting/model/records/minutes-record";
import { actionPriorities } from "@/meeting/model/records/minutes-record";
import { clearRequests, listRequests, setFaults } from "../test/support/emulator-admin";
import type { LoggedRequest } from "../test/support/emulator-admin";
import { countSequentialRoundTrips } from "./round-trips";

const latencyMs = 150;
const itemCount = 60;
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const owners = ["li.na", "zhang.min", "chen.xiaodong", "liu.yang", "zhao.lei", "sun.li", "wang.jianguo"].map(
  (name) => `${name}@yunzhan.example`,
);
const minutesUrl =
  "https://teams.microsoft.com/l/entity/meetloop/minutes?context=%7B%22occurrence%22%3A%222026-11-30%22%7D";

function buildActions(): ActionItem[] {
  return Array.from({ length: itemCount }, (_, i) => ({
    id: `act-${String(i + 1).padStart(2, "0")}`,
    itemId: `item-${(i % 6) + 1}`,
    what: `行动项 ${i + 1}：跟进双十二第 ${i + 1} 项准备工作`,
    owner: owners[i % owners.length] ?? "li.na@yunzhan.example",
    ownerName: "",
    due: `2026-12-${String((i % 20) + 1).padStart(2, "0")}`,
    standard: `第 ${i + 1} 项交付物经监督人签字确认`,
    supervisor: "wang.jianguo@yunzhan.example",
    supervisorName: "王建国",
    priority: actionPriorities[i % actionPriorities.length] ?? "medium",
  }));
}

function baseInput(bucketName: string, actions: ActionItem[]): PublishInput {
  return {
    planId,
    bucketName,
    actions,
    previous: {},
    minutesUrl,
    decisionTextOf: () => "双十二各部门准备工作按清单推进",
    supervisorNameOf: () => "王建国",
    timeZone: "China Standard Time",
  };
}

/** One request at a time: what a first implementation that ignores $batch would do. */
async function publishNaively(
  client: GraphClient,
  bucketName: string,
  actions: ActionItem[],
  userIds: Map<string, string>,
): Promise<void> {
  const bucket = await client.post<{ id: string }>(
    "/planner/buckets",
    { name: bucketName, planId },
    { operation: "createPlannerBucket" },
  );
  const input = baseInput(bucketName, actions);
  for (const action of actions) {
    const desired = buildDesiredTask(action, {
      assigneeId: userIds.get(action.owner) ?? "",
      decisionText: input.decisionTextOf(action.id),
      supervisorName: input.supervisorNameOf(action.supervisor ?? ""),
      minutesUrl,
      occurrenceName: bucketName,
      timeZone: input.timeZone,
    });
    const { title, assigneeId, dueDateTime, priority } = desired.fields;
    const task = await client.post<{ id: string }>(
      "/planner/tasks",
      {
        planId,
        bucketId: bucket.body.id,
        title,
        dueDateTime,
        priority,
        assignments: { [assigneeId]: { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" } },
      },
      { operation: "createPlannerTask" },
    );
    const details = await client.get(`/planner/tasks/${task.body.id}/details`, { operation: "getPlannerTaskDetails" });
    await client.patch(
      `/planner/tasks/${task.body.id}/details`,
      {
        description: desired.details.description,
        references: {
          [desired.details.referenceKey]: {
            "@odata.type": "microsoft.graph.plannerExternalReference",
            alias: desired.details.referenceAlias,
            type: "Other",
          },
        },
      },
      { operation: "updatePlannerTaskDetails", ifMatch: details.etag ?? "" },
    );
  }
}

function countWrites(log: readonly LoggedRequest[]): number {
  return log
    .flatMap((entry) => [entry, ...(entry.inner ?? [])])
    .filter((entry) => entry.method !== "GET" && !entry.url.startsWith("/$batch")).length;
}

async function measure(
  origin: string,
  run: () => Promise<unknown>,
): Promise<{ ms: number; roundTrips: number; requests: number; log: LoggedRequest[] }> {
  await clearRequests(origin);
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  const log = await listRequests(origin);
  return { ms, roundTrips: countSequentialRoundTrips(log), requests: log.length, log };
}

export async function benchPublish(): Promise<void> {
  const emulator = await startEmulator({ port: 0 });
  try {
    const client = createGraphClient({
      baseUrl: emulator.graphBaseUrl,
      auth: { getToken: () => Promise.resolve("emu:sun.li@yunzhan.example") },
    });
    const actions = buildActions();
    await setFaults(emulator.url, { latencyMs });

    let planner: Awaited<ReturnType<typeof publishActionItems>>["planner"] = {};
    const engine = await measure(emulator.url, async () => {
      planner = (await publishActionItems(client, baseInput("2026-11-30 周例会", actions))).planner;
    });
    const userIds = new Map(
      await Promise.all(
        owners.map(
          async (upn) =>
            [
              upn,
              (await client.get<{ id: string }>(`/users/${upn}?$select=id`, { operation: "getUser" })).body.id,
            ] as const,
        ),
      ),
    );
    const naive = await measure(emulator.url, () =>
      publishNaively(client, "2026-11-30 周例会（逐个发布）", actions, userIds),
    );
    const again = await measure(emulator.url, () =>
      publishActionItems(client, { ...baseInput("2026-11-30 周例会", actions), previous: planner }),
    );

    console.log(`publish ${itemCount} action items @${latencyMs} ms latency:`);
    console.log(
      `  engine: ${engine.roundTrips} sequential round trips (target ≤ 10), ${engine.requests} HTTP requests, ${engine.ms.toFixed(0)} ms`,
    );
    console.log(
      `  naive:  ${naive.roundTrips} sequential round trips, ${naive.requests} HTTP requests, ${naive.ms.toFixed(0)} ms`,
    );
    console.log(`  speed-up: ${(naive.ms / engine.ms).toFixed(1)}× (target ≥ 10×)`);
    console.log(
      `  re-publish with no change: ${countWrites(again.log)} writes (target 0), ${again.roundTrips} sequential round trips, ${again.ms.toFixed(0)} ms`,
    );
  } finally {
    await emulator.close();
  }
}
