// The in-process writer for generate-history.ts: the same records, put straight into a running
// emulator's state in the shapes its routes store (routes/planner.ts, routes/sites.ts), so a test
// can start from ten years of a 40-speaker series in well under a second instead of 1,000 $batch
// POSTs. No checks run on the way in: the records are the generator's own.
import { createGuid, createPlannerEtag, createPlannerId } from "../state/ids.ts";
import { recordVersion } from "../state/list-item-versions.ts";
import { findUser } from "../state/lookups.ts";
import { writeHistory } from "./generate-history.ts";
import type {
  GeneratedHistory,
  GeneratedItem,
  HistoryShape,
  HistoryTarget,
  HistoryWriter,
} from "./generate-history.ts";
import type { ListItemState, PlannerRecord, TenantState } from "../state/tenant-state.ts";

type Body = Record<string, unknown>;

function createStateWriter(state: TenantState, target: HistoryTarget): HistoryWriter {
  const author = findUser(state, target.upn);
  if (author === undefined) throw new Error(`No user ${target.upn} in the scenario`);
  const site = state.sites[target.siteId];
  if (site === undefined) throw new Error(`No site ${target.siteId} in the scenario`);
  const by = {
    user: { id: author.id, displayName: null },
    application: { id: "5e3ce6c0-2b1f-4285-8d4b-75ee78787346", displayName: null },
  };
  const nextEtag = (kind: string): string => createPlannerEtag(kind, ++state.revision);
  const orderHint = (): string => String(8_585_000_000_000 + ++state.revision);

  return {
    batches: 0,
    resolveUserIds(upns) {
      return Promise.resolve(new Map(upns.map((upn) => [upn, findUser(state, upn)?.id ?? ""])));
    },
    ensureBucket(name) {
      const known = Object.values(state.planner.buckets).find((b) => b.planId === target.planId && b.name === name);
      if (known !== undefined) return Promise.resolve(known.id);
      const bucket = { id: createPlannerId(), name, planId: target.planId, orderHint: orderHint(), etag: "" };
      bucket.etag = nextEtag("Bucket");
      state.planner.buckets[bucket.id] = bucket;
      return Promise.resolve(bucket.id);
    },
    createTasks(bodies, when) {
      const iso = (when ?? new Date()).toISOString();
      return Promise.resolve(
        bodies.map((body) => {
          const done = body.percentComplete === 100;
          const assignments = Object.fromEntries(
            Object.keys((body.assignments as Body | undefined) ?? {}).map((userId) => [
              userId,
              {
                "@odata.type": "#microsoft.graph.plannerAssignment",
                assignedDateTime: iso,
                assignedBy: by,
                orderHint: orderHint(),
              },
            ]),
          );
          const task: PlannerRecord & { planId: string } = {
            id: createPlannerId(),
            planId: target.planId,
            bucketId: typeof body.bucketId === "string" ? body.bucketId : null,
            title: body.title,
            orderHint: orderHint(),
            assigneePriority: "",
            percentComplete: typeof body.percentComplete === "number" ? body.percentComplete : 0,
            priority: 5,
            startDateTime: null,
            createdDateTime: iso,
            dueDateTime: body.dueDateTime ?? null,
            hasDescription: false,
            previewType: "automatic",
            completedDateTime: done ? iso : null,
            completedBy: done ? by : null,
            referenceCount: 0,
            checklistItemCount: 0,
            activeChecklistItemCount: 0,
            conversationThreadId: null,
            createdBy: by,
            appliedCategories: {},
            assignments,
            etag: nextEtag("Task"),
          };
          state.planner.tasks[task.id] = task;
          state.planner.taskDetails[task.id] = {
            id: task.id,
            description: "",
            previewType: "automatic",
            references: {},
            checklist: {},
            etag: nextEtag("TaskDetails"),
          };
          return task.id;
        }),
      );
    },
    writeDetails(taskIds, details) {
      taskIds.forEach((id, i) => {
        const task = state.planner.tasks[id];
        const record = state.planner.taskDetails[id];
        const patch = details[i] ?? {};
        if (task === undefined || record === undefined) return;
        const references = Object.fromEntries(
          Object.entries((patch.references as Body | undefined) ?? {}).map(([key, value]) => [
            key,
            { previewPriority: orderHint(), lastModifiedBy: by, ...(value as Body) },
          ]),
        );
        Object.assign(record, { description: patch.description ?? "", references, etag: nextEtag("TaskDetails") });
        task.hasDescription = record.description !== "";
        task.referenceCount = Object.keys(references).length;
        task.etag = nextEtag("Task");
      });
      return Promise.resolve();
    },
    createItems(items: readonly GeneratedItem[]) {
      const iso = new Date().toISOString();
      for (const item of items) {
        const list = site.lists[item.list];
        if (list === undefined) throw new Error(`No list ${item.list} on site ${site.id}`);
        const id = String(list.nextItemId++);
        const created: ListItemState = {
          id,
          createdDateTime: iso,
          lastModifiedDateTime: iso,
          createdById: author.id,
          lastModifiedById: author.id,
          etagGuid: createGuid(),
          version: 1,
          fields: { ...item.fields },
          versions: [],
        };
        recordVersion(created);
        list.items[id] = created;
        list.lastModifiedDateTime = iso;
      }
      return Promise.resolve();
    },
  };
}

/** Writes the history straight into `state`, the live state of an in-process emulator. */
export function seedHistory(state: TenantState, target: HistoryTarget, shape: HistoryShape): Promise<GeneratedHistory> {
  return writeHistory(createStateWriter(state, target), target, shape);
}
