// Publishing 60 and 200 action items to Planner at 150 ms emulator latency, in the same run: the real
// engine (src/features/minutes/planner-sync) against the plain alternative — the same requests per
// item (POST task, GET details, PATCH details), unbatched, 20 items in flight — and against one
// request at a time; then a re-publish with no change, which must write nothing, and one with every
// tenth item edited. Each publish goes into its own bucket. Figures only — no assertions.
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
const itemCounts = [60, 200] as const;
const plainInFlight = 20;
const planId = "jnVTfBjp90XMvMWirTLXXWCM51KN";
const owners = ["li.na", "zhang.min", "chen.xiaodong", "liu.yang", "zhao.lei", "sun.li", "wang.jianguo"].map(
  (name) => `${name}@yunzhan.example`,
);
const minutesUrl =
  "https://teams.microsoft.com/l/entity/meetloop/minutes?context=%7B%22occurrence%22%3A%222026-11-30%22%7D";

function buildActions(itemCount: number): ActionItem[] {
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

/** Every tenth action item reworded, both what (a task PATCH) and its standard of done (a details PATCH). */
function editTenth(actions: readonly ActionItem[]): ActionItem[] {
  return actions.map((action, i) =>
    i % 10 === 0 ? { ...action, what: `${action.what}（已调整）`, standard: `${action.standard}，并抄送财务` } : action,
  );
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

interface NaiveTarget {
  client: GraphClient;
  bucketName: string;
  userIds: Map<string, string>;
}

async function createBucket(client: GraphClient, bucketName: string): Promise<string> {
  const bucket = await client.post<{ id: string }>(
    "/planner/buckets",
    { name: bucketName, planId },
    { operation: "createPlannerBucket" },
  );
  return bucket.body.id;
}

/** What publishing one item takes without $batch: create the task, read its details' etag, write them. */
async function publishOneNaively(target: NaiveTarget, bucketId: string, action: ActionItem): Promise<void> {
  const { client, bucketName, userIds } = target;
  const input = baseInput(bucketName, [action]);
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
      bucketId,
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

/** `inFlight` items at a time, each item's requests one after another, no $batch. */
async function publishUnbatched(target: NaiveTarget, actions: readonly ActionItem[], inFlight: number): Promise<void> {
  const bucketId = await createBucket(target.client, target.bucketName);
  const queue = [...actions];
  const worker = async (): Promise<void> => {
    for (let action = queue.shift(); action !== undefined; action = queue.shift()) {
      await publishOneNaively(target, bucketId, action);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
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

function describe(label: string, figures: { roundTrips: number; requests: number; ms: number }): string {
  return `  ${label}: ${String(figures.roundTrips)} sequential round trips, ${String(figures.requests)} HTTP requests, ${figures.ms.toFixed(0)} ms`;
}

export async function benchPublish(): Promise<void> {
  const emulator = await startEmulator({ port: 0 });
  try {
    const client = createGraphClient({
      baseUrl: emulator.graphBaseUrl,
      auth: { getToken: () => Promise.resolve("emu:sun.li@yunzhan.example") },
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
    await setFaults(emulator.url, { latencyMs });
    for (const itemCount of itemCounts) {
      const actions = buildActions(itemCount);
      const bucketName = `2026-11-30 周例会（${String(itemCount)} 项）`;
      let planner: Awaited<ReturnType<typeof publishActionItems>>["planner"] = {};
      const engine = await measure(emulator.url, async () => {
        planner = (await publishActionItems(client, baseInput(bucketName, actions))).planner;
      });
      const plain = await measure(emulator.url, () =>
        publishUnbatched({ client, bucketName: `${bucketName}（不用 $batch）`, userIds }, actions, plainInFlight),
      );
      const serial = await measure(emulator.url, () =>
        publishUnbatched({ client, bucketName: `${bucketName}（逐个发布）`, userIds }, actions, 1),
      );
      const again = await measure(emulator.url, () =>
        publishActionItems(client, { ...baseInput(bucketName, actions), previous: planner }),
      );
      const edited = editTenth(actions);
      const edit = await measure(emulator.url, () =>
        publishActionItems(client, { ...baseInput(bucketName, edited), previous: planner }),
      );
      console.log(`publish ${String(itemCount)} action items @${String(latencyMs)} ms latency:`);
      console.log(
        describe("engine", engine) + (itemCount === 200 ? " (target ≤ 8 round trips)" : " (target ≤ 10 round trips)"),
      );
      console.log(describe(`plain, ${String(plainInFlight)} unbatched items in flight`, plain));
      console.log(describe("one request at a time", serial));
      console.log(
        `  speed-up against the plain alternative: ${(plain.ms / engine.ms).toFixed(1)}×` +
          (itemCount === 60 ? " (target ≥ 3×)" : "") +
          `; against one at a time: ${(serial.ms / engine.ms).toFixed(1)}×`,
      );
      console.log(
        `  re-publish with no change: ${String(countWrites(again.log))} writes (target 0), ${String(again.roundTrips)} sequential round trips, ${again.ms.toFixed(0)} ms`,
      );
      console.log(
        `  re-publish with every tenth item edited (title and standard of done): ${String(countWrites(edit.log))} writes, ${String(edit.roundTrips)} sequential round trips, ${edit.ms.toFixed(0)} ms`,
      );
    }
  } finally {
    await emulator.close();
  }
}
