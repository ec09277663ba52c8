// The row maths live in src/lib/kpi (shared with the follow-up rollups); kept here for the form's imports.
export { computeKpiPercents } from "@/lib/kpi";
