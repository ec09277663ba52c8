// Who the viewer is at one occurrence: host (the series' host rule, fixed or rotating), note-taker,
// speaker in which sections. Pure, so the rotation is pinned by tests.
import { getMeetingRoles } from "@/meeting/model/roles/meeting-roles";
import { listMySections } from "@/meeting/model/roles/people";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import type { MyRoles, SpeakerSection } from "./types";

/** The template sections the viewer speaks in, in template order, as the speaker is called there. */
export function listSpeakerSections(config: SeriesConfig, me: string): SpeakerSection[] {
  return listMySections(config, me).map((section) => ({ sectionId: section.sectionId, title: section.speakerLabel }));
}

/**
 * `heldKeys`: the series' held (not cancelled) occurrence keys in order, from the rotation's start
 * up to at least `occurrenceKey` — the same list the meeting tab hands getMeetingRoles, so both agree.
 */
export function detectRoles(
  config: SeriesConfig,
  occurrenceKey: string,
  heldKeys: readonly string[],
  me: string,
): MyRoles {
  // The organizer is not one of the roles My meetings shows, so none is named here.
  const roles = getMeetingRoles({ config, organizer: "", me, occurrenceKey, heldKeys });
  return { isHost: roles.isHost, isNoteTaker: roles.isNoteTaker, speaks: listSpeakerSections(config, me) };
}

export function hasAnyRole(roles: MyRoles): boolean {
  return roles.isHost || roles.isNoteTaker || roles.speaks.length > 0;
}
