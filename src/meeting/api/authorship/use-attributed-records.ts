import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { lookUpPeople } from "@/meeting/api/directory/directory";
import { usePersonKeys } from "@/meeting/api/directory/person-keys-context";
import type { StoredRecord, Workspace } from "../workspace/types";
import { attributeRecords } from "./attribute-records";
import type { AttributedRecord } from "./attribute-records";
import { listRecordWriters, listUnknownWriters } from "./record-directory";

export const recordDirectoryQueryKeys = {
  all: ["record-directory"] as const,
  members: (groupId: string) => [...recordDirectoryQueryKeys.all, groupId, "members"] as const,
  others: (groupId: string, ids: readonly string[]) =>
    [...recordDirectoryQueryKeys.all, groupId, "others", ...ids] as const,
};

// Membership changes rarely; a writer who joins mid-meeting is found by the lookup meanwhile.
export const directoryStaleTime = 10 * 60_000;

/** The records (from their own query) and the directory reads, as one query-like state. */
export interface AttributedRecords<T> {
  data: AttributedRecord<T>[] | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => void;
}

interface RecordsQuery<T> {
  data: StoredRecord<T>[] | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** Where a record's payload names the person it is for. */
export interface PersonField<T> {
  read: (value: T) => string;
  write: (value: T, person: string) => T;
}

/**
 * Judges each record's authorship against the workspace group's members, read once and shared by
 * every list (in parallel with the records), plus any writer who has left the group since. The
 * person each record names comes back as their key (older records may name them by UPN).
 * `person` should be a module-level constant, so the result stays the same between renders.
 */
export function useAttributedRecords<T>(
  ws: Workspace,
  records: RecordsQuery<T>,
  person: PersonField<T>,
): AttributedRecords<T> {
  const { graph } = useServices();
  const keyOf = usePersonKeys();
  const members = useQuery({
    queryKey: recordDirectoryQueryKeys.members(ws.groupId),
    queryFn: () => listRecordWriters(graph, ws.groupId),
    staleTime: directoryStaleTime,
  });
  const unknown =
    records.data !== undefined && members.data !== undefined ? listUnknownWriters(members.data, records.data) : [];
  const others = useQuery({
    queryKey: recordDirectoryQueryKeys.others(ws.groupId, unknown),
    queryFn: () => lookUpPeople(graph, unknown),
    staleTime: directoryStaleTime,
    enabled: unknown.length > 0,
  });
  const failed = [records, members, others].find((query) => query.isError);
  const isReady = unknown.length === 0 || others.data !== undefined;
  const recordsData = useMemo(
    () => records.data?.map((r) => ({ ...r, value: person.write(r.value, keyOf(person.read(r.value))) })),
    [records.data, person, keyOf],
  );
  const membersData = members.data;
  const othersData = unknown.length === 0 ? undefined : others.data;
  // Stable between renders while nothing was re-read, so effects keyed on the list settle.
  const data = useMemo(
    () =>
      recordsData === undefined || membersData === undefined || !isReady
        ? undefined
        : attributeRecords(recordsData, person.read, { members: membersData, others: othersData ?? new Map() }),
    [recordsData, membersData, othersData, isReady, person],
  );
  return {
    data,
    isPending: data === undefined && failed === undefined,
    isError: failed !== undefined,
    error: failed?.error ?? null,
    refetch: () => {
      for (const query of [records, members, others]) if (query.isError) void query.refetch();
    },
  };
}
