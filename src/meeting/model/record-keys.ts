// Every record key format, in one place (docs/architecture.md §4). A key is unique within its list
// (the RecordKey column enforces it), so a retried write finds what an interrupted one left. These
// strings are stored in customers' lists: changing one orphans every record written before, so the
// formats are pinned by record-keys.test.ts. A person's part is their person key, lower-cased: the
// directory object id (docs/architecture.md §4); records written before people were keyed by id
// carry the UPN there, and are found through the person index (src/meeting/model/roles/person-keys.ts).

export function getSeriesConfigKey(seriesId: string): string {
  return `series|${seriesId}`;
}

export function getAgendaKey(seriesId: string, occurrenceKey: string): string {
  return `agenda|${seriesId}|${occurrenceKey}`;
}

export function getTopicKey(seriesId: string, topicId: string): string {
  return `topic|${seriesId}|${topicId}`;
}

export function getReportKey(parts: {
  seriesId: string;
  occurrenceKey: string;
  sectionId: string;
  person: string;
}): string {
  return `report|${parts.seriesId}|${parts.occurrenceKey}|${parts.sectionId}|${parts.person.toLowerCase()}`;
}

export function getMinutesKey(seriesId: string, occurrenceKey: string): string {
  return `minutes|${seriesId}|${occurrenceKey}`;
}

export function getConfirmationKey(seriesId: string, occurrenceKey: string, person: string): string {
  return `confirm|${seriesId}|${occurrenceKey}|${person.toLowerCase()}`;
}

export function getLeaveKey(seriesId: string, occurrenceKey: string, person: string): string {
  return `leave|${seriesId}|${occurrenceKey}|${person.toLowerCase()}`;
}

/** The review of one action item at one occurrence (the one reviewing, not the one it came from). */
export function getReviewKey(seriesId: string, actionId: string, occurrenceKey: string): string {
  return `review|${seriesId}|${actionId}|${occurrenceKey}`;
}

/** Not a record of its own: the id of the action item made from a report's help request, stable per request. */
export function getHelpActionId(help: { reportKey: string; index: number }): string {
  return `help|${help.reportKey}|${help.index}`;
}
