import type { OperationName } from "./scopes";

// Calendar reads return start/end in UTC unless asked otherwise; with this preference Graph
// converts them to the user's zone (https://learn.microsoft.com/graph/api/user-list-calendarview#request-headers).
const timeZoneOperations: ReadonlySet<OperationName> = new Set<OperationName>([
  "listCalendarView",
  "getEvent",
  "listEventInstances",
]);

export function isCalendarRead(operation: OperationName): boolean {
  return timeZoneOperations.has(operation);
}

export function buildTimeZonePreference(timeZone: string): string {
  return `outlook.timezone="${timeZone}"`;
}
