export { attributeRecords } from "./attribute-records";
export type { AttributedRecord } from "./attribute-records";
export { listRecordWriters, listUnknownWriters, loadRecordDirectory } from "./record-directory";
export { getMyObjectId, myObjectIdQueryOptions, useMyObjectId } from "./my-object-id";
export { recordDirectoryQueryKeys, useAttributedRecords } from "./use-attributed-records";
export type { AttributedRecords, PersonField } from "./use-attributed-records";
export { useWorkspaceMembers } from "./use-workspace-members";
