// Removes what a smoke run created, newest first: the Planner tasks (DELETE with If-Match,
// https://learn.microsoft.com/graph/api/plannertask-delete), the .docx
// (https://learn.microsoft.com/graph/api/driveitem-delete) and the list items
// (https://learn.microsoft.com/graph/api/listitem-delete), and the chat card, which only its sender
// may delete (https://learn.microsoft.com/graph/api/chatmessage-softdelete).
import { buildMinutesFileName } from "@/features/minutes/documents";
import type { GraphClient } from "@/lib/graph";
import type { RecordListName, StoredRecord, Workspace } from "@/meeting/api/workspace";
import type { SmokeStep } from "./run-smoke.ts";

export interface Created {
  groupId: string;
  listItems: { list: RecordListName; record: StoredRecord<unknown>; ws: Workspace }[];
  taskIds: string[];
  document: { folder: string; date: string; version: number } | undefined;
  /** The card posted to the test meeting's chat. */
  card: { seriesId: string; messageId: string } | undefined;
}

export async function removeCreated(client: GraphClient, created: Created): Promise<SmokeStep[]> {
  const steps: SmokeStep[] = [];
  const remove = async (name: string, run: () => Promise<string>): Promise<void> => {
    const started = performance.now();
    try {
      const detail = await run();
      steps.push({ name, ok: true, ms: performance.now() - started, detail });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      steps.push({ name, ok: false, ms: performance.now() - started, detail });
    }
  };
  if (created.taskIds.length > 0)
    await remove("remove the tasks", async () => {
      for (const taskId of created.taskIds) {
        const path = `/planner/tasks/${encodeURIComponent(taskId)}`;
        const task = await client.get<{ "@odata.etag": string }>(path, { operation: "getPlannerTask" });
        await client.delete(path, { operation: "deletePlannerTask", ifMatch: task.etag ?? task.body["@odata.etag"] });
      }
      return `${String(created.taskIds.length)} tasks`;
    });
  const document = created.document;
  if (document !== undefined)
    await remove("remove the document", async () => {
      const fileName = buildMinutesFileName({
        date: document.date,
        meetingTitle: document.folder.split("/").at(-1) ?? "",
        version: document.version,
        language: "zh-CN",
      });
      const path = `/groups/${encodeURIComponent(created.groupId)}/drive/root:/${[...document.folder.split("/"), fileName].map(encodeURIComponent).join("/")}`;
      const { body } = await client.get<{ id: string; parentReference: { driveId: string } }>(path, {
        operation: "getDriveItem",
      });
      await client.delete(`/drives/${body.parentReference.driveId}/items/${body.id}`, {
        operation: "deleteDriveItem",
      });
      return fileName;
    });
  for (const { list, record, ws } of [...created.listItems].reverse())
    await remove(`remove the ${list} record`, async () => {
      await client.delete(`/sites/${ws.siteId}/lists/${ws.lists[list]}/items/${record.itemId}`, {
        operation: "deleteListItem",
      });
      return `item ${record.itemId}`;
    });
  if (created.taskIds.length > 0)
    await remove("check the tasks are gone", async () => {
      const answers = await client.batch(
        created.taskIds.map((taskId, i) => ({
          id: String(i),
          method: "GET" as const,
          url: `/planner/tasks/${encodeURIComponent(taskId)}?$select=id`,
          operation: "getPlannerTask" as const,
        })),
      );
      const left = answers.filter((a) => a.status !== 404).length;
      if (left > 0) throw new Error(`${String(left)} tasks still there`);
      return "all 404";
    });
  const card = created.card;
  if (card !== undefined)
    await remove("remove the chat card", async () => {
      const me = await client.get<{ id: string }>("/me?$select=id", { operation: "getMe" });
      const chat = `/users/${encodeURIComponent(me.body.id)}/chats/${encodeURIComponent(card.seriesId)}`;
      await client.post(`${chat}/messages/${encodeURIComponent(card.messageId)}/softDelete`, undefined, {
        operation: "softDeleteChatMessage",
      });
      return `message ${card.messageId}`;
    });
  return steps;
}
