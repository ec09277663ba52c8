// The minutes card + .docx flow: the card/document part of publishing the minutes (with two action
// items, so the task step runs too), aborted at a random step once and retried by the note-taker
// (zh-CN) or the host (en-US) until it settles. Invariants: one task per action item; the chat keeps
// one card for this version, named by the record, any other visible copy reported; exactly one
// document in the meeting's folder of the library; the record published at this version.
import type { StartedEmulator } from "../../../emulator/start-emulator";
import { getMinutes } from "@/features/minutes/api/minutes-store";
import type { MinutesLanguage } from "@/features/minutes/documents";
import { publishMinutes } from "@/features/minutes/publish-minutes/publish-minutes";
import type { PublishStep } from "@/features/minutes/publish-minutes/publish-minutes";
import { getMinutesAttachmentId } from "@/features/minutes/publish-minutes/message-identity";
import { buildAction, buildMinutes, testPeople } from "@/features/minutes/testing/build-minutes";
import type { CardCopy } from "@/meeting/api/chat-cards";
import { createRecord, openWorkspace } from "@/meeting/api/workspace";
import type { Workspace } from "@/meeting/api/workspace";
import { getMinutesKey } from "@/meeting/model/record-keys";
import { minutesRecordSchema } from "@/meeting/model/records/minutes-record";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { buildSeriesConfig } from "@/meeting/testing/build-series-config";
import { checkCards } from "./chat-check";
import { connect, groupId, planAbort, planId, settle } from "./common";
import type { FlowOutcome } from "./common";
import type { SweepContext } from "./context";
import { getBucketName } from "@/features/minutes/planner-sync";
import { checkPlanner } from "./planner-check";

const date = "2026-11-30";
const languageOf: Readonly<Record<string, MinutesLanguage>> = {
  [testPeople.noteTaker.upn]: "zh-CN",
  [testPeople.host.upn]: "en-US",
};

function buildPublishedMinutes(): MinutesRecord {
  return buildMinutes({
    attendees: [...buildMinutes().attendees, { upn: "zhao.lei@yunzhan.example", name: "赵磊" }],
    attendance: { "zhao.lei@yunzhan.example": { status: "absent" } },
    actions: [
      buildAction(),
      buildAction({
        id: "a2",
        owner: testPeople.service.upn,
        ownerName: testPeople.service.name,
        what: "客服话术更新",
      }),
    ],
  });
}

export async function runMinutesCard(context: SweepContext): Promise<FlowOutcome> {
  const { emulator, random, chatId } = context;
  const setup = connect(emulator, testPeople.noteTaker.upn);
  const ws = await openWorkspace(setup, { groupId });
  const minutes = buildPublishedMinutes();
  const key = getMinutesKey(chatId, minutes.occurrenceKey);
  await createRecord(setup, ws, "minutes", { key, seriesId: chatId, occurrenceKey: minutes.occurrenceKey }, minutes, {
    schema: minutesRecordSchema,
  });
  const config = buildSeriesConfig({
    seriesId: chatId,
    workspace: { groupId, groupName: "云栈管理层", siteId: ws.siteId, planId, planTitle: "例会行动项" },
  });
  await context.startFaults();

  const abort = planAbort(random, ["tasks", "document", "card", "record"] as const satisfies readonly PublishStep[]);
  let copies: CardCopy[] = [];
  const outcome = await settle(
    random,
    [testPeople.noteTaker.upn, testPeople.host.upn],
    (client, upn) =>
      publishMinutes(client, {
        workspace: ws,
        config,
        seriesId: chatId,
        minutes,
        by: upn,
        language: languageOf[upn] ?? "zh-CN",
        date,
        describeTime: (language) => ({
          dateTime:
            language === "zh-CN" ? "2026年11月30日 星期一 13:30–15:00" : "Monday, November 30, 2026 13:30–15:00",
        }),
        displayNames: {},
        timeZone: "Asia/Shanghai",
        links: {
          fullMinutes: "https://meetloop.example/?view=minutes",
          confirm: "https://meetloop.example/?view=minutes",
        },
        onStep: abort,
        onCardCopies: (found) => {
          copies = found.left;
        },
      }),
    emulator,
  );
  await context.stopFaults();
  if (!outcome.settled) return { attempts: outcome.attempts, violations: ["the minutes publish did not settle"] };
  const recordedBy = outcome.settled.upn;
  return { attempts: outcome.attempts, ...(await checkMinutes(emulator, ws, chatId, minutes, copies, recordedBy)) };
}

async function checkMinutes(
  emulator: StartedEmulator,
  ws: Workspace,
  chatId: string,
  minutes: MinutesRecord,
  reported: readonly CardCopy[],
  recordedBy: string,
): Promise<Omit<FlowOutcome, "attempts">> {
  const violations = checkPlanner(emulator, minutes.actions, getBucketName(date, minutes.meetingTitle));
  const stored = await getMinutes(connect(emulator, testPeople.noteTaker.upn), ws, chatId, minutes.occurrenceKey);
  const published = stored?.value.published;
  if (stored?.value.status !== "published" || published?.version !== minutes.version)
    violations.push(`the minutes are ${String(stored?.value.status)} at version ${String(published?.version)}`);
  const marker = await getMinutesAttachmentId(getMinutesKey(chatId, minutes.occurrenceKey), minutes.version);
  const cards = checkCards(emulator, chatId, marker, { messageId: published?.messageId, reported, recordedBy });
  violations.push(...cards.violations);
  const drive = Object.values(emulator.emulator.getState().drives).find((d) => d.groupId === groupId);
  const documents = Object.values(drive?.items ?? {}).filter((item) =>
    item.path.startsWith(`例会通/${minutes.meetingTitle}/`),
  );
  if (documents.length !== 1)
    violations.push(`${documents.length} documents: ${documents.map((d) => d.name).join(", ")}`);
  if (documents[0] && !published?.documentUrl?.endsWith(encodeURIComponent(documents[0].name)))
    violations.push(`the record links ${String(published?.documentUrl)}, the library holds ${documents[0].name}`);
  return { violations, reportedCopies: cards.extraCopies };
}
