// The viewer's roles at one occurrence, and so what they may do there (docs/domain.md §2): the
// organizer, this occurrence's host (fixed, or the rotation's turn) and the note-taker run the
// meeting; the organizer and the host review earlier action items.
import { pickHost } from "../series-config/host-rotation";
import type { SeriesConfig } from "../series-config/series-config";
import { isSamePerson, listMySections } from "./people";
import type { MySection } from "./people";

export interface MeetingRoles {
  isOrganizer: boolean;
  /** This occurrence's host, when the rule names one. */
  host: string | undefined;
  isHost: boolean;
  isNoteTaker: boolean;
  /** Edit the agenda, follow reports, take minutes. */
  canManage: boolean;
  /** Accept or carry over earlier action items. */
  canReview: boolean;
  mySections: MySection[];
}

export interface RolesInput {
  config: SeriesConfig;
  organizer: string;
  me: string | undefined;
  /** Undefined when the series has no occurrence to act on (before the first, or an empty series). */
  occurrenceKey: string | undefined;
  /** Held (not cancelled) occurrence keys in order: a rotation advances once per meeting held. */
  heldKeys: readonly string[];
}

export function getMeetingRoles({ config, organizer, me, occurrenceKey, heldKeys }: RolesInput): MeetingRoles {
  const isOrganizer = isSamePerson(organizer, me);
  const host = occurrenceKey === undefined ? undefined : pickHost(config.host, occurrenceKey, heldKeys);
  const isHost = isSamePerson(host, me);
  const isNoteTaker = isSamePerson(config.noteTaker, me);
  return {
    isOrganizer,
    host,
    isHost,
    isNoteTaker,
    canManage: isOrganizer || isHost || isNoteTaker,
    canReview: isOrganizer || isHost,
    mySections: listMySections(config, me),
  };
}
