// Renders a meeting as one mailbox sees it: the series master, an occurrence, an exception or a
// single instance, each with that mailbox's own ids and the shared iCalUId and join URL. Times
// are in UTC unless `Prefer: outlook.timezone` names another zone
// (https://learn.microsoft.com/graph/api/user-list-calendarview#request-headers): a Windows id or
// one of the IANA names https://learn.microsoft.com/graph/api/resources/datetimetimezone lists.
// `originalStartTimeZone` and `recurrenceTimeZone` stay the zone the meeting was created in,
// whatever the reader prefers.
import { createHash } from "node:crypto";
import { formatGraphDateTime, formatUtcOffset, resolvePreferredTimeZone } from "../recurrence/time-zones.ts";
import { badRequest } from "../http/graph-error.ts";
import { getOriginalSlot, listCancelledDates } from "../state/calendar.ts";
import { createInstanceId } from "../state/ids.ts";
import { getCalendarJoinUrl } from "../state/join-links.ts";
import { renderInvitationBlock } from "../state/invitation-block.ts";
import { requireUserRecord } from "../state/lookups.ts";
import { readPreferences } from "../http/responses.ts";
import type { Instance } from "../state/calendar.ts";
import type { RouteContext } from "../http/types.ts";
import type { MeetingState, TenantState } from "../state/tenant-state.ts";

export interface OutputZone {
  readonly name: string;
  readonly iana: string;
  /** Whether a Prefer: outlook.timezone header was honoured (→ Preference-Applied). */
  readonly applied: boolean;
}

export function readOutputZone(ctx: RouteContext): OutputZone {
  const pref = readPreferences(ctx).find((p) => /^outlook\.timezone\s*=/i.test(p));
  if (pref === undefined) return { name: "UTC", iana: "UTC", applied: false };
  const name = pref
    .slice(pref.indexOf("=") + 1)
    .trim()
    .replace(/^"|"$/g, "");
  const iana = resolvePreferredTimeZone(name);
  // The reference pages are silent on an unsupported name. Graph answers it with this error — code
  // and message from a Microsoft engineer's reproduction, https://github.com/microsoftgraph/microsoft-graph-docs/issues/6870 —
  // not with UTC; the thread gives no status, and 400 is what Graph is reported to answer with the
  // same exception for an event body (https://ios-ruby-on-rails.developreference.com/article/16680134/Can+t+create+a+all+day+repeated+via+Graph+API).
  if (iana === undefined)
    throw badRequest(
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
      "TimeZoneNotSupportedException",
    );
  return { name, iana, applied: true };
}

export function preferenceHeaders(zone: OutputZone): Record<string, string> {
  return zone.applied ? { "preference-applied": `outlook.timezone="${zone.name}"` } : {};
}

// An event keeps its attendees' addresses after an account is deleted (attendees are addresses,
// https://learn.microsoft.com/graph/api/resources/attendee), so a deleted user still renders.
// Exchange shows a user by their primary SMTP address (mail), not their UPN, or by the alias they
// were invited by (https://learn.microsoft.com/graph/api/resources/emailaddress).
function renderAddress(state: TenantState, userId: string, invitedAs?: string): { name: string; address: string } {
  const user = requireUserRecord(state, userId);
  return { name: user.displayName, address: invitedAs ?? user.mail ?? user.userPrincipalName };
}

export type EventKind = "seriesMaster" | "singleInstance" | "occurrence" | "exception";

export function renderEvent(
  ctx: RouteContext,
  meeting: MeetingState,
  ownerId: string,
  kind: EventKind,
  zone: OutputZone,
  instance?: Instance,
): Record<string, unknown> {
  const masterId = meeting.eventIds[ownerId] ?? "";
  const isOrganizer = ownerId === meeting.organizerId;
  const slot = instance ?? {
    ...getOriginalSlot(meeting, meeting.firstDate),
    originalDate: meeting.firstDate,
    originalStartMs: 0,
  };
  const id = instance ? createInstanceId(masterId, instance.originalDate) : masterId;
  const subject = instance?.exception?.subject ?? meeting.subject;
  const modified = instance?.exception ? ctx.state.loadedAt : meeting.createdDateTime;
  const changeKey = createHash("sha1").update(`${id}/${modified}`).digest("base64").slice(0, 28);
  const teamsBlock = meeting.isOnlineMeeting ? renderInvitationBlock(meeting, ctx.state.tenant.id) : "";
  const bodyHtml = `<html><body><div>${meeting.body}</div>${teamsBlock}</body></html>`;
  const masterOnly = kind === "seriesMaster";
  const occurrenceICalUId = instance
    ? `${meeting.iCalUId.slice(0, 32)}${instance.originalDate.replaceAll("-", "")}${meeting.iCalUId.slice(40)}`
    : meeting.iCalUId;
  return {
    "@odata.etag": `W/"${changeKey}"`,
    id,
    createdDateTime: meeting.createdDateTime,
    lastModifiedDateTime: modified,
    changeKey,
    categories: [],
    transactionId: null,
    originalStartTimeZone: meeting.timeZone,
    originalEndTimeZone: meeting.timeZone,
    iCalUId: occurrenceICalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject,
    bodyPreview: meeting.body.slice(0, 255),
    importance: "normal",
    // The owner's own copy, so even a private event is returned in full: only someone reading a
    // shared or delegated calendar is kept from a private event's details, unless the owner allowed
    // it (https://learn.microsoft.com/graph/outlook-share-or-delegate-calendar). Values:
    // https://learn.microsoft.com/graph/api/resources/event (`sensitivity`).
    sensitivity: meeting.sensitivity,
    isAllDay: false,
    isCancelled: false,
    isOrganizer,
    responseRequested: true,
    seriesMasterId: kind === "occurrence" || kind === "exception" ? masterId : null,
    showAs: "busy",
    type: kind,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: meeting.isOnlineMeeting,
    onlineMeetingProvider: meeting.isOnlineMeeting ? "teamsForBusiness" : "unknown",
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    ...(instance ? { originalStart: formatUtcOffset(instance.originalStartMs) } : {}),
    ...(masterOnly ? { cancelledOccurrences: listCancelledDates(meeting).map((d) => `OID.${masterId}.${d}`) } : {}),
    responseStatus: {
      response: isOrganizer ? "organizer" : "accepted",
      time: isOrganizer ? "0001-01-01T00:00:00Z" : meeting.createdDateTime,
    },
    body: { contentType: "html", content: bodyHtml },
    start: { dateTime: formatGraphDateTime(slot.startMs, zone.iana), timeZone: zone.name },
    end: { dateTime: formatGraphDateTime(slot.endMs, zone.iana), timeZone: zone.name },
    location: {
      displayName: meeting.location,
      locationType: "default",
      uniqueId: meeting.location,
      uniqueIdType: "private",
    },
    locations: [
      { displayName: meeting.location, locationType: "default", uniqueId: meeting.location, uniqueIdType: "private" },
    ],
    recurrence: masterOnly && meeting.recurrence ? meeting.recurrence : null,
    attendees: [
      ...meeting.attendeeIds.map((attendeeId) => ({
        type: "required",
        status: { response: attendeeId === ownerId ? "accepted" : "none", time: "0001-01-01T00:00:00Z" },
        emailAddress: renderAddress(ctx.state, attendeeId, meeting.invitedAs[attendeeId]),
      })),
      ...meeting.addressAttendees.map((attendee) => ({
        type: "required",
        status: { response: "none", time: "0001-01-01T00:00:00Z" },
        emailAddress: { name: attendee.name, address: attendee.address },
      })),
    ],
    organizer: { emailAddress: renderAddress(ctx.state, meeting.organizerId) },
    // An appointment that is no online meeting has `onlineMeeting: null`
    // (https://learn.microsoft.com/graph/api/resources/event).
    onlineMeeting: meeting.isOnlineMeeting ? { joinUrl: getCalendarJoinUrl(meeting) } : null,
  };
}
