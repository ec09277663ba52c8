// Each record with its authorship on SharePoint's word (docs/domain.md §9), for the views that count
// or show reports, leave requests and confirmations. Pure over what was read.
import { judgeAuthorship } from "@/meeting/model/authorship/authorship";
import type { Authorship } from "@/meeting/model/authorship/authorship";
import type { Directory } from "@/meeting/model/directory/directory";
import type { StoredRecord } from "../workspace/types";

export type AttributedRecord<T> = StoredRecord<T> & { authorship: Authorship };

/** `personOf` names the person a record is for (its payload's upn or author). */
export function attributeRecords<T>(
  records: readonly StoredRecord<T>[],
  personOf: (value: T) => string,
  directory: Directory,
): AttributedRecord<T>[] {
  return records.map((record) => ({
    ...record,
    authorship: judgeAuthorship(personOf(record.value), record, directory),
  }));
}
