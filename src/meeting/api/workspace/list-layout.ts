// How the record lists look in SharePoint: their names, their columns, and the limits a value
// must respect. One place, so the creator (open-workspace.ts) and the mapper (record-item.ts) agree.
import type { RecordListName } from "./types";

export const recordListNames = [
  "series",
  "agendas",
  "reports",
  "topics",
  "minutes",
  "attendance",
  "confirmations",
  "reviews",
] as const satisfies readonly RecordListName[];

/** Lists are found by these titles; people see them in the group site's "Site contents". */
export const listDisplayNames: Record<RecordListName, string> = {
  series: "Meetloop Series",
  agendas: "Meetloop Agendas",
  reports: "Meetloop Reports",
  topics: "Meetloop Topics",
  minutes: "Meetloop Minutes",
  attendance: "Meetloop Attendance",
  confirmations: "Meetloop Confirmations",
  reviews: "Meetloop Reviews",
};

const listDescriptions: Record<RecordListName, string> = {
  series: "例会通 Meetloop: meeting series settings. Managed by the app; edit with care.",
  agendas: "例会通 Meetloop: agendas per occurrence. Managed by the app; edit with care.",
  reports: "例会通 Meetloop: attendees' reports. Managed by the app; edit with care.",
  topics: "例会通 Meetloop: proposed topics. Managed by the app; edit with care.",
  minutes:
    "例会通 Meetloop: minutes per occurrence, with their published versions. Managed by the app; edit with care.",
  attendance: "例会通 Meetloop: leave requests and attendance. Managed by the app; edit with care.",
  confirmations: "例会通 Meetloop: attendees' confirmations of the minutes. Managed by the app; edit with care.",
  reviews: "例会通 Meetloop: reviews of earlier decisions. Managed by the app; edit with care.",
};

/** Internal column names, as $filter and the fields object address them. */
export const columns = {
  title: "Title",
  key: "RecordKey",
  seriesId: "SeriesId",
  occurrenceKey: "OccurrenceKey",
  owner: "Owner",
  payload: "Payload",
  schemaVersion: "SchemaVersion",
} as const;

// NOTE: SharePoint's single line of text holds at most 255 characters and multiple lines of
// text 63,999; past that a write fails or is cut, so values are measured before sending.
export const singleLineLimit = 255;
export const payloadLimit = 63_999;

const singleLine = { allowMultipleLines: false, maxLength: singleLineLimit };

/**
 * Column definitions for POST /sites/{id}/lists (https://learn.microsoft.com/graph/api/list-create).
 * The key and the columns records are looked up by are indexed: SharePoint refuses a $filter on
 * an unindexed column (and any query past 5,000 items that is not narrowed by an index).
 * RecordKey is unique, which SharePoint only allows on an indexed column: a second create of the
 * same key fails instead of adding a twin.
 */
export const columnDefinitions = [
  {
    name: columns.key,
    displayName: "Record key",
    text: singleLine,
    indexed: true,
    enforceUniqueValues: true,
    required: true,
  },
  { name: columns.seriesId, displayName: "Series", text: singleLine, indexed: true },
  { name: columns.occurrenceKey, displayName: "Occurrence", text: singleLine, indexed: true },
  { name: columns.owner, displayName: "Owner", text: singleLine, indexed: true },
  {
    name: columns.payload,
    displayName: "Payload (JSON)",
    text: { allowMultipleLines: true, textType: "plain", appendChangesToExistingText: false, linesForEditing: 6 },
  },
  { name: columns.schemaVersion, displayName: "Schema version", number: { decimalPlaces: "none" } },
];

export function buildListCreateBody(list: RecordListName): Record<string, unknown> {
  return {
    displayName: listDisplayNames[list],
    description: listDescriptions[list],
    columns: columnDefinitions,
    list: { template: "genericList" },
  };
}

/** A column as GET …/lists/{id}/columns returns it, the flags we rely on included. */
export interface ListedColumn {
  id: string;
  name: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
}

export interface ColumnRepair {
  columnId: string;
  name: string;
  patch: { indexed: true; enforceUniqueValues?: true };
}

/**
 * The PATCHes that give a created list the indexes (and the unique key) its definition asked for.
 * Graph's list-create page does not promise POST /lists applies these flags
 * (https://learn.microsoft.com/graph/api/list-create), and without them every read is refused; a
 * column can be indexed afterwards (https://learn.microsoft.com/graph/api/columndefinition-update).
 * Unique needs the index, so both go in one PATCH.
 */
export function planColumnRepairs(listed: readonly ListedColumn[]): ColumnRepair[] {
  return columnDefinitions.flatMap((definition): ColumnRepair[] => {
    if (definition.indexed !== true) return [];
    const column = listed.find((c) => c.name === definition.name);
    if (column === undefined) throw new Error(`The list has no column ${definition.name}`);
    const unique = "enforceUniqueValues" in definition && definition.enforceUniqueValues;
    if (column.indexed === true && (!unique || column.enforceUniqueValues === true)) return [];
    return [
      {
        columnId: column.id,
        name: definition.name,
        patch: { indexed: true, ...(unique ? { enforceUniqueValues: true as const } : {}) },
      },
    ];
  });
}
