// The in-memory tenant. Everything here is plain JSON so `GET /graph/_admin/state` can return it
// as is. Calendar events are not stored one by one: each mailbox holds its own copy (own ids) of
// every meeting's series master, and occurrences are expanded on demand from the meeting.
import type { RecurrencePattern, RecurrenceRange } from "../recurrence/expand-recurrence.ts";
import type { ScenarioUser } from "../scenario/schema.ts";
import type { TenantLimits } from "./limits.ts";

export type UserState = ScenarioUser;

/**
 * "thread": the long link everywhere; "short": the short link in the chat and the calendar;
 * "shortInCalendar": the short link in Outlook, the long one in the chat.
 */
export type JoinLinkForm = "thread" | "short" | "shortInCalendar";

export interface GroupState {
  id: string;
  displayName: string;
  description: string | null;
  mailNickname: string;
  /** As Graph returns it: null when the group never had one (read as Public, see scenario/schema.ts). */
  visibility: "Public" | "Private" | "HiddenMembership" | null;
  createdDateTime: string;
  ownerIds: string[];
  memberIds: string[];
  siteId: string;
  driveId: string;
}

export interface OccurrenceException {
  cancelled: boolean;
  /** Series-local wall-clock start/end ("2026-12-08T14:00:00") when moved. */
  startLocal?: string;
  endLocal?: string;
  subject?: string;
}

export interface MeetingState {
  id: string;
  subject: string;
  organizerId: string;
  attendeeIds: string[];
  /** The alias a user was invited by, when not their mail: what the event shows for them. */
  invitedAs: Record<string, string>;
  /** Attendees that are no user of the tenant: distribution lists and outside addresses. */
  addressAttendees: { address: string; name: string; kind: "distributionList" | "external" }[];
  /** Windows time-zone name the series was created in. */
  timeZone: string;
  startTime: string;
  endTime: string;
  /** First (or only) local date of the meeting. */
  firstDate: string;
  recurrence: { pattern: RecurrencePattern; range: RecurrenceRange } | null;
  /** Keyed by the occurrence's original local date. */
  exceptions: Record<string, OccurrenceException>;
  /** Whether this is a Teams meeting; when false, chatId and the online meeting's fields are "". */
  isOnlineMeeting: boolean;
  sensitivity: "normal" | "personal" | "private" | "confidential";
  chatId: string;
  onlineMeetingId: string;
  /** The long join link naming the chat thread (`/l/meetup-join/19%3ameeting_…`): the online meeting's joinWebUrl. */
  joinWebUrl: string;
  /** Which link the chat and the calendar show (see join-links.ts). */
  joinLink: JoinLinkForm;
  joinMeetingId: string;
  passcode: string;
  iCalUId: string;
  body: string;
  location: string;
  createdDateTime: string;
  /** This meeting's series master (or single event) id in each participant's mailbox. */
  eventIds: Record<string, string>;
}

export interface ChatMessageState {
  id: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  fromUserId: string;
  body: { contentType: string; content: string };
  attachments: ChatMessageAttachmentState[];
  importance: string;
  subject: string | null;
  /** Set by softDelete; the message stays in the chat's list with no content. */
  deletedDateTime?: string;
}

export interface ChatMessageAttachmentState {
  id: string;
  contentType: string;
  /** Kept exactly as posted (an Adaptive Card is a JSON string). */
  content: string | null;
  contentUrl: string | null;
  name: string | null;
  thumbnailUrl: string | null;
  teamsAppId: string | null;
}

/** A tab pinned to a chat; for a configurable tab, `configuration` is what its config page saved. */
export interface ChatTabState {
  id: string;
  displayName: string;
  teamsAppId: string;
  configuration: {
    entityId: string | null;
    contentUrl: string | null;
    websiteUrl: string | null;
    removeUrl: string | null;
  } & Record<string, unknown>;
}

export interface ChatState {
  id: string;
  meetingId: string;
  topic: string;
  memberIds: string[];
  createdDateTime: string;
  lastUpdatedDateTime: string;
  messages: ChatMessageState[];
  tabs: ChatTabState[];
}

export interface ListItemState {
  id: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdById: string;
  lastModifiedById: string;
  etagGuid: string;
  version: number;
  fields: Record<string, unknown>;
  /** Every version SharePoint keeps, oldest first; the last is the current one. */
  versions: ListItemVersionState[];
  /** The list's change counter when the item last changed (list-changes.ts); absent: before any delta token. */
  changeSeq?: number;
}

/** One entry of an item's version history (https://learn.microsoft.com/graph/api/resources/listitemversion). */
export interface ListItemVersionState {
  /** "1.0", "2.0", …: lists keep major versions only. */
  id: string;
  lastModifiedById: string;
  lastModifiedDateTime: string;
  fields: Record<string, unknown>;
}

export interface ListState {
  id: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdById: string;
  /** Graph columnDefinition objects. */
  columns: Record<string, unknown>[];
  items: Record<string, ListItemState>;
  nextItemId: number;
  /** The list's change feed behind items/delta (list-changes.ts). */
  changes?: ListChangeState;
}

/** What the listItem delta feed needs: a counter of changes, deleted items, and the epoch of valid tokens. */
export interface ListChangeState {
  seq: number;
  deleted: { id: string; seq: number }[];
  /** Raised by the admin surface: tokens of an earlier epoch answer 410 Gone. */
  epoch: number;
}

export interface SiteState {
  id: string;
  groupId: string;
  name: string;
  displayName: string;
  webUrl: string;
  createdDateTime: string;
  lists: Record<string, ListState>;
}

export interface DriveItemState {
  id: string;
  name: string;
  path: string;
  size: number;
  mimeType: string;
  contentBase64: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdById: string;
  version: number;
}

export interface DriveState {
  id: string;
  groupId: string;
  webUrl: string;
  createdDateTime: string;
  /** Keyed by the item's path below the root, lower-cased (OneDrive paths are case-insensitive). */
  items: Record<string, DriveItemState>;
}

/** Planner objects are kept in Graph's own shape plus their current etag. */
export type PlannerRecord = Record<string, unknown> & { id: string; etag: string };

export interface PlannerState {
  plans: Record<string, PlannerRecord & { groupId: string }>;
  buckets: Record<string, PlannerRecord & { planId: string }>;
  tasks: Record<string, PlannerRecord & { planId: string }>;
  taskDetails: Record<string, PlannerRecord>;
}

export interface TenantState {
  tenant: { id: string; displayName: string; domain: string; sharePointHost: string };
  loadedAt: string;
  users: UserState[];
  groups: GroupState[];
  meetings: MeetingState[];
  chats: Record<string, ChatState>;
  sites: Record<string, SiteState>;
  drives: Record<string, DriveState>;
  planner: PlannerState;
  /** Series master / single event id → mailbox owner and meeting. */
  eventIndex: Record<string, { userId: string; meetingId: string }>;
  /** Monotonic counter for etags and generated ids. */
  revision: number;
  /** Planner and SharePoint limits in force (limits.ts). */
  limits: TenantLimits;
}
