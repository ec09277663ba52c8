import { scopesFor } from "@/lib/graph";
import type { OperationName } from "@/lib/graph";

/**
 * What reading a series sends before it is shown (resolve-series.ts): the chat and the calendar
 * window, then the master, its instances and the people's directory look-up. Start-up asks for one
 * token carrying all of them, which both $batches then share.
 */
const seriesStartUpOperations = [
  "getChat",
  "listCalendarView",
  "getEvent",
  "listEventInstances",
  "getUser",
] as const satisfies readonly OperationName[];

export function seriesStartUpScopes(): string[] {
  return [...new Set(seriesStartUpOperations.flatMap(scopesFor))].sort();
}
