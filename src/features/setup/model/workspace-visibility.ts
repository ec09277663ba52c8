// Who can read a series' records: every member of its workspace group, and — for a public group —
// anyone in the company who joins it. The company rules hold what is discussed at the meeting to be
// confidential (例会上讨论的问题属于公司机密), so a new series needs a group that owners admit
// people to (docs/domain.md §8).

/** A Microsoft 365 group's join policy and content visibility, in our own words. */
export type GroupVisibility = "public" | "private" | "hiddenMembership" | "unknown";

/**
 * Maps Graph's `group.visibility` (https://learn.microsoft.com/graph/api/resources/group:
 * Public, Private or HiddenMembership, nullable). A group without a value is Public: a
 * Microsoft 365 group created without one is Public (same page), and an empty value "is
 * interpreted as Public" (https://learn.microsoft.com/graph/api/group-update). Casing has varied
 * in Microsoft's pages (Hiddenmembership, HiddenMembership), so it is compared case-insensitively.
 * Any other value is one we cannot vouch for.
 */
export function readGroupVisibility(value: unknown): GroupVisibility {
  if (value === null || value === undefined || value === "") return "public";
  if (typeof value !== "string") return "unknown";
  switch (value.toLowerCase()) {
    case "public":
      return "public";
    case "private":
      return "private";
    case "hiddenmembership":
      return "hiddenMembership";
    default:
      return "unknown";
  }
}

/**
 * Private and hidden-membership groups need an owner's approval to join and hide their content
 * from non-members (the "Group visibility options" table of the group resource page); a public
 * group lets anyone join and read, and an unknown setting cannot be vouched for.
 */
export function canHostNewSeries(visibility: GroupVisibility): boolean {
  return visibility === "private" || visibility === "hiddenMembership";
}

/**
 * - `allowed`: a group that keeps the records to its members.
 * - `refused`: a group that cannot hold a new series' records (nor become an existing series' new workspace).
 * - `kept`: the workspace an existing series already uses, although it could not host a new one:
 *   saving stays possible (nobody is locked out of their own series), with a warning.
 */
export type WorkspaceVerdict = "allowed" | "refused" | "kept";

export function judgeWorkspace(visibility: GroupVisibility, isCurrentWorkspace: boolean): WorkspaceVerdict {
  if (canHostNewSeries(visibility)) return "allowed";
  return isCurrentWorkspace ? "kept" : "refused";
}
