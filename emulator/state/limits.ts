// The service limits the emulator enforces, defaulting to Microsoft's documented numbers and
// lowered per scenario (`limits`) or at run time (PUT /graph/_admin/limits) so a test can reach
// them with a handful of objects.
// - Planner: "Microsoft Planner limits" (https://learn.microsoft.com/office365/planner/planner-limits):
//   200 buckets and 9,000 tasks in a plan, 3,000 active (not completed) tasks in a plan, 20
//   assignees and 20 checklist items in a task, 15 references on a task. Graph answers a request
//   past one with 403 and the limit's name as the error code ("Common Planner error conditions",
//   https://learn.microsoft.com/graph/api/resources/planner-overview#403-forbidden).
// - SharePoint: the list view threshold of 5,000 items, which SharePoint Online does not let anyone
//   raise ("Manage large lists and libraries",
//   https://support.microsoft.com/office/manage-large-lists-and-libraries-b8588dae-9387-48c2-9248-c24122f07c59).
//   `indexColumnsOnCreate: false` creates lists whose columns are not indexed whatever POST /lists
//   asked for: Graph's list-create page (https://learn.microsoft.com/graph/api/list-create) does not
//   promise the column flags are applied, so a client must read the columns back.
import { z } from "zod";

export interface PlannerLimits {
  bucketsPerPlan: number;
  tasksPerPlan: number;
  activeTasksPerPlan: number;
  assigneesPerTask: number;
  checklistItemsPerTask: number;
  referencesPerTask: number;
}

export interface SharePointLimits {
  listViewThreshold: number;
  /** false: `indexed` and `enforceUniqueValues` in POST /sites/{id}/lists are dropped. */
  indexColumnsOnCreate: boolean;
}

export interface TenantLimits {
  planner: PlannerLimits;
  sharePoint: SharePointLimits;
}

export const defaultLimits: TenantLimits = {
  planner: {
    bucketsPerPlan: 200,
    tasksPerPlan: 9000,
    activeTasksPerPlan: 3000,
    assigneesPerTask: 20,
    checklistItemsPerTask: 20,
    referencesPerTask: 15,
  },
  sharePoint: { listViewThreshold: 5000, indexColumnsOnCreate: true },
};

const count = z.number().int().min(0);

export const limitsSchema = z.strictObject({
  planner: z
    .strictObject({
      bucketsPerPlan: count.optional(),
      tasksPerPlan: count.optional(),
      activeTasksPerPlan: count.optional(),
      assigneesPerTask: count.optional(),
      checklistItemsPerTask: count.optional(),
      referencesPerTask: count.optional(),
    })
    .optional(),
  sharePoint: z
    .strictObject({ listViewThreshold: count.optional(), indexColumnsOnCreate: z.boolean().optional() })
    .optional(),
});

export type LimitsOverrides = z.infer<typeof limitsSchema>;

function defined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The documented limits with the given ones in their place. */
export function resolveLimits(overrides: LimitsOverrides | undefined): TenantLimits {
  return {
    planner: { ...defaultLimits.planner, ...defined(overrides?.planner) },
    sharePoint: { ...defaultLimits.sharePoint, ...defined(overrides?.sharePoint) },
  };
}
