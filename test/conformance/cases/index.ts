// Every conformance case, one per operation in src/lib/graph/scopes.ts.
import { calendarCases } from "./calendar";
import { chatCases } from "./chat";
import { directoryCases } from "./directory";
import { fileCases } from "./files";
import { plannerPlanCases } from "./planner-plans";
import { plannerTaskCases } from "./planner-tasks";
import { siteCases } from "./sites";
import type { ConformanceCase } from "./types";

export const conformanceCases: readonly ConformanceCase[] = [
  ...directoryCases,
  ...calendarCases,
  ...chatCases,
  ...plannerPlanCases,
  ...plannerTaskCases,
  ...siteCases,
  ...fileCases,
];
