// The one-record-per-person flows: a report submitted, a leave request, a minutes confirmation.
// The record is the speaker's: only they write it, each attempt opening the workspace afresh; after
// the run settles the list holds exactly one record of its kind. And a leave request withdrawn:
// asked before the faults start, then withdrawn with the copy the panel read, again after every
// failure (the item already gone answers 404, which is done); after the run no leave is left.
import type { StartedEmulator } from "../../../emulator/start-emulator";
import { confirmMinutes, requestLeave, withdrawLeave } from "@/features/minutes/api/minutes-store";
import { submitReport } from "@/features/reports/api/report-records";
import type { GraphClient } from "@/lib/graph";
import { forgetWorkspace, openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { connect, groupId, settle } from "./common";
import type { FlowOutcome } from "./common";
import type { SweepContext } from "./context";

const seriesId = "19:meeting_sweep@thread.v2";
const occurrenceKey = "2026-11-30T05:30:00.000Z";
const speaker = "li.na@yunzhan.example";

export type RecordKind = "report" | "leave" | "confirm";

const writers: Record<RecordKind, (client: GraphClient, ws: Workspace) => Promise<unknown>> = {
  report: (client, ws) =>
    submitReport(
      client,
      ws,
      { seriesId, occurrenceKey, sectionId: "departments", person: speaker },
      { review: "完成" },
    ),
  leave: (client, ws) => askForLeave(client, ws),
  confirm: (client, ws) => confirmMinutes(client, ws, seriesId, occurrenceKey, speaker, 1),
};

function askForLeave(client: GraphClient, ws: Workspace) {
  return requestLeave(
    client,
    ws,
    seriesId,
    occurrenceKey,
    speaker,
    "出差",
    new Date("2026-11-28T00:00:00Z"),
    { attendance: { leaveCutoffHours: 24, lateness: { kind: "none" } } },
    "Asia/Shanghai",
  );
}

export async function runRecord(
  emulator: StartedEmulator,
  random: () => number,
  kind: RecordKind,
): Promise<FlowOutcome> {
  const outcome = await settle(
    random,
    [speaker],
    async (client) => {
      forgetWorkspace(client, groupId);
      return writers[kind](client, await openWorkspace(client, { groupId }));
    },
    emulator,
  );
  if (!outcome.settled) return { attempts: outcome.attempts, violations: [`the ${kind} write did not settle`] };
  const count = countRecords(emulator, kind);
  return { attempts: outcome.attempts, violations: count === 1 ? [] : [`${count} ${kind} records for one person`] };
}

export async function runWithdrawLeave({ emulator, random, startFaults }: SweepContext): Promise<FlowOutcome> {
  const asker = connect(emulator, speaker);
  const asked = await askForLeave(asker, await openWorkspace(asker, { groupId }));
  await startFaults();
  const outcome = await settle(
    random,
    [speaker],
    async (client) => {
      forgetWorkspace(client, groupId);
      await withdrawLeave(client, await openWorkspace(client, { groupId }), asked);
    },
    emulator,
  );
  if (!outcome.settled) return { attempts: outcome.attempts, violations: ["the withdrawal did not settle"] };
  const count = countRecords(emulator, "leave");
  return {
    attempts: outcome.attempts,
    violations: count === 0 ? [] : [`${count} leave records left after withdrawal`],
  };
}

function countRecords(emulator: StartedEmulator, kind: RecordKind): number {
  return Object.values(emulator.emulator.getState().sites)
    .flatMap((site) => Object.values(site.lists))
    .flatMap((list) => Object.values(list.items))
    .filter((item) => {
      const key = item.fields.RecordKey;
      return typeof key === "string" && key.startsWith(`${kind}|`);
    }).length;
}
