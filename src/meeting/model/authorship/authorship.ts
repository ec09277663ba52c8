// Pure: whose record is it, on SharePoint's word (docs/domain.md §9). Every member of the workspace
// group can write the record lists, so the person a record names (its Owner column, the payload's
// upn or author) is whatever the client wrote. SharePoint itself sets the item's lastModifiedBy to
// whoever made the last write (https://learn.microsoft.com/graph/api/resources/listitem); a report,
// leave request or confirmation is the named person's own only when that is them.
import { findPerson } from "../directory/directory";
import type { Directory } from "../directory/directory";

/** A user as SharePoint names them in an identitySet (https://learn.microsoft.com/graph/api/resources/identityset). */
export interface ServerIdentity {
  /** Entra object id. */
  id: string;
  displayName: string;
}

/** Who SharePoint says wrote an item. */
export interface ServerAuthors {
  createdBy?: ServerIdentity;
  lastModifiedBy?: ServerIdentity;
}

export type Authorship =
  /** The last write was the named person's own. */
  | { kind: "own" }
  /**
   * Someone else made the last write: `created` when they wrote it from the start (代为提交),
   * `changed` when the person wrote it and someone else changed it since.
   */
  | { kind: "onBehalf"; by: ServerIdentity; change: "created" | "changed" }
  /** The server named no writer, or the directory cannot tell whether the writer is the person. */
  | { kind: "unverified"; by?: ServerIdentity };

/** A value with its authorship; an AttributedRecord (src/meeting/api/authorship) is one. */
export interface Attributed<T> {
  value: T;
  authorship: Authorship;
}

/** The name to show for whoever wrote a record that is not the person's own; "" when unknown. */
export function getWriterName(authorship: Authorship): string {
  return authorship.kind === "own" ? "" : (authorship.by?.displayName ?? "");
}

/**
 * The authorship of a record naming `person` (their key, an object id; a UPN in older records). It is the person's own iff
 * SharePoint's lastModifiedBy is that person: for a record never changed that is its creator, and
 * a later change by the person themself (re-submitting, confirming again) makes a record someone
 * else entered their own. The writer is matched by object id to the person's id in the directory,
 * or else by the writer's userPrincipalName there (a writer who has left the group).
 */
export function judgeAuthorship(person: string, authors: ServerAuthors, directory: Directory): Authorship {
  const writer = authors.lastModifiedBy;
  if (writer === undefined) return { kind: "unverified" };
  const match = isPerson(person, writer, directory);
  if (match === true) return { kind: "own" };
  if (match === undefined) return { kind: "unverified", by: writer };
  const creator = authors.createdBy;
  const change = creator !== undefined && isPerson(person, creator, directory) === true ? "changed" : "created";
  return { kind: "onBehalf", by: writer, change };
}

/** Only the person's own record counts as their report, leave request or confirmation. */
export function isOwn(authorship: Authorship): boolean {
  return authorship.kind === "own";
}

/** True, false, or undefined when the directory knows neither the person nor the writer. */
function isPerson(person: string, identity: ServerIdentity, directory: Directory): boolean | undefined {
  if (isSameId(person.trim(), identity.id)) return true;
  const named = findPerson(directory, person);
  if (named !== undefined && isSameId(named.id, identity.id)) return true;
  const writer = findPerson(directory, identity.id);
  if (writer !== undefined && writer.userPrincipalName !== "")
    return writer.userPrincipalName.toLowerCase() === person.trim().toLowerCase();
  return named === undefined ? undefined : false;
}

function isSameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
