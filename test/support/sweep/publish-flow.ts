// The publish flow: N action items to Planner tasks (planner-sync), aborted at a random phase once
// and retried by either publisher until it settles; the links a partial publish saved are kept, as
// the minutes record keeps them.
import type { StartedEmulator } from "../../../emulator/start-emulator";
import { PublishIncompleteError, publishActionItems } from "@/features/minutes/planner-sync";
import type { PlannerLink } from "@/features/minutes/planner-sync";
import { buildAction } from "@/features/minutes/planner-sync/testing/builders";
import type { ActionItem } from "@/meeting/model/records/minutes-record";
import { pick, planId, settle } from "./common";
import type { FlowOutcome } from "./common";
import { checkPlanner } from "./planner-check";

const bucketName = "2026-11-30 周例会";
const owners = ["li.na@yunzhan.example", "zhang.min@yunzhan.example", "chen.xiaodong@yunzhan.example"];
export const publishers = ["sun.li@yunzhan.example", "wang.jianguo@yunzhan.example"];

export function buildActions(count: number): ActionItem[] {
  return Array.from({ length: count }, (_, i) =>
    buildAction(`a${i + 1}`, {
      what: `整理第 ${i + 1} 项`,
      owner: owners[i % owners.length] ?? "li.na@yunzhan.example",
      due: `2026-12-${String(1 + (i % 28)).padStart(2, "0")}`,
    }),
  );
}

export async function runPublish(emulator: StartedEmulator, random: () => number, items: number): Promise<FlowOutcome> {
  const actions = buildActions(items);
  let previous: Record<string, PlannerLink> = {};
  let abortPhase = random() < 0.3 ? pick(random, ["reading", "writing-tasks", "writing-details"] as const) : undefined;
  const outcome = await settle(
    random,
    publishers,
    async (client) => {
      const controller = new AbortController();
      try {
        const result = await publishActionItems(client, {
          planId,
          bucketName,
          actions,
          previous,
          minutesUrl: "https://example.com/minutes",
          decisionTextOf: () => "本周决议",
          supervisorNameOf: () => "王建国",
          timeZone: "China Standard Time",
          signal: controller.signal,
          onProgress: (progress) => {
            if (progress.phase === abortPhase) {
              abortPhase = undefined;
              controller.abort(new DOMException("The person closed the panel", "AbortError"));
            }
          },
        });
        previous = result.planner;
      } catch (error) {
        // The minutes record keeps the links of a partial publish (publish-minutes does the same).
        if (error instanceof PublishIncompleteError) previous = error.partial.planner;
        throw error;
      }
    },
    emulator,
  );
  return {
    attempts: outcome.attempts,
    violations: outcome.settled ? checkPlanner(emulator, actions, bucketName) : ["publish did not settle"],
  };
}
