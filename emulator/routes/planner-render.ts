// Graph shapes for Planner objects: the stored record minus internal fields, plus @odata.etag.
import type { PlannerRecord } from "../state/tenant-state.ts";

const internalFields = new Set(["etag", "groupId"]);

export function renderPlannerRecord(record: PlannerRecord): Record<string, unknown> {
  const visible = Object.entries(record).filter(([key]) => !internalFields.has(key));
  return { "@odata.etag": record.etag, ...Object.fromEntries(visible) };
}

// Graph types a plan's container in the answer (https://learn.microsoft.com/graph/api/planner-post-plans).
export function renderPlan(plan: PlannerRecord): Record<string, unknown> {
  const rendered = renderPlannerRecord(plan);
  const container = plan.container;
  if (typeof container !== "object" || container === null) return rendered;
  return { ...rendered, container: { "@odata.type": "microsoft.graph.plannerPlanContainer", ...container } };
}
