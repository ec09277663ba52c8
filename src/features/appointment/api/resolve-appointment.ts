// From the Outlook appointment the pane is open on to our series: the item's id (saving a new
// compose item first) → Graph's REST id → the user's own event (`GET /me/events/{id}`,
// https://learn.microsoft.com/graph/api/event-get) → its join link, from the series master when an
// occurrence has none → the meeting chat's thread, named by a long link or, for a short link, learned
// from the online meeting (meeting-link.ts, find-online-meeting.ts) or, where Graph refuses an
// attendee that look-up, from the Teams block of the invitation body Outlook shows
// (find-invitation-thread.ts) → a check that the chat can be read (`GET /chats/{id}`,
// https://learn.microsoft.com/graph/api/chat-get). What makes the appointment no Meetloop meeting
// comes back as a problem the pane explains; any other failure is thrown.
import { GraphRequestError } from "@/lib/graph";
import type { GraphClient } from "@/lib/graph";
import { parseGraphDateTime } from "@/lib/time/zoned-time";
import type { AppointmentPort } from "@/lib/office/appointment-port";
import { isShortLink, readLinkThreadId } from "@/meeting/model/identity/meeting-link";
import { findOnlineMeeting } from "@/meeting/api/identity/find-online-meeting";
import { findInvitationThread } from "@/meeting/api/identity/find-invitation-thread";
import { getAppointmentOccurrenceKey, isTeamsMeeting } from "../model/appointment-event";
import type { AppointmentEvent } from "../model/appointment-event";
import type { AppointmentProblemKind, AppointmentResolution } from "../model/appointment-problem";

/** The Graph `event` fields read here, as Graph sends them (https://learn.microsoft.com/graph/api/resources/event). */
interface GraphAppointmentEvent {
  type?: AppointmentEvent["type"] | null;
  seriesMasterId?: string | null;
  sensitivity?: AppointmentEvent["sensitivity"] | null;
  isOnlineMeeting?: boolean | null;
  onlineMeetingProvider?: string | null;
  onlineMeeting?: { joinUrl?: string | null } | null;
  start: { dateTime: string; timeZone?: string | null };
  originalStart?: string | null;
  isOrganizer?: boolean | null;
}

const eventSelect =
  "type,seriesMasterId,sensitivity,isOnlineMeeting,onlineMeeting,onlineMeetingProvider,start,originalStart,isOrganizer";

function toAppointmentEvent(body: GraphAppointmentEvent): AppointmentEvent {
  const joinUrl = body.onlineMeeting?.joinUrl;
  return {
    type: body.type ?? "singleInstance",
    ...(body.seriesMasterId ? { seriesMasterId: body.seriesMasterId } : {}),
    sensitivity: body.sensitivity ?? "normal",
    isOnlineMeeting: body.isOnlineMeeting === true,
    ...(body.onlineMeetingProvider ? { onlineMeetingProvider: body.onlineMeetingProvider } : {}),
    ...(joinUrl ? { joinUrl } : {}),
    // Times come in UTC: the client sends no `Prefer: outlook.timezone`.
    start: parseGraphDateTime(body.start),
    ...(body.originalStart ? { originalStart: new Date(body.originalStart) } : {}),
    isOrganizer: body.isOrganizer === true,
  };
}

class AppointmentProblem extends Error {
  constructor(readonly problem: AppointmentProblemKind) {
    super(problem);
  }
}

/**
 * 404: an event Graph does not know — just created in cached mode and not yet synced, or deleted
 * (getItemIdAsync's remarks, https://learn.microsoft.com/javascript/api/outlook/office.appointmentcompose).
 * 403: a mailbox or item this user may not read.
 */
function toProblem(error: unknown, onNotFound: AppointmentProblemKind): unknown {
  if (error instanceof GraphRequestError && error.status === 404) return new AppointmentProblem(onNotFound);
  if (error instanceof GraphRequestError && error.status === 403) return new AppointmentProblem("noAccess");
  return error;
}

async function getEvent(client: GraphClient, restId: string): Promise<AppointmentEvent> {
  const { body } = await client
    .get<GraphAppointmentEvent>(`/me/events/${encodeURIComponent(restId)}?$select=${eventSelect}`, {
      operation: "getEvent",
    })
    .catch((error: unknown) => {
      throw toProblem(error, "notFound");
    });
  return toAppointmentEvent(body);
}

type AppointmentSource = Pick<AppointmentPort, "readItemId" | "toRestId" | "readBodyHtml">;

/**
 * The thread a join link names, looking the online meeting up when the link is a short one; a
 * confirmed thread needs no further check of the chat.
 */
async function findThreadId(
  client: GraphClient,
  appointment: AppointmentSource,
  joinUrl: string,
): Promise<{ threadId: string; isConfirmed: boolean } | undefined> {
  const named = readLinkThreadId(joinUrl);
  if (named !== undefined || !isShortLink(joinUrl))
    return named === undefined ? undefined : { threadId: named, isConfirmed: false };
  const looked = (await findOnlineMeeting(client, joinUrl))?.threadId;
  if (looked !== undefined) return { threadId: looked, isConfirmed: false };
  // Graph answers the look-up to the organizer only. The body is read from Outlook, not Graph: the
  // item is open there, read mode included (body.getAsync, Mailbox 1.3 —
  // https://learn.microsoft.com/javascript/api/outlook/office.body), so it costs no Graph request
  // and it is the attendee's own copy, the one Outlook shows them.
  const invited = await findInvitationThread(client, await appointment.readBodyHtml(), joinUrl);
  return invited === undefined ? undefined : { threadId: invited, isConfirmed: true };
}

async function checkChatReadable(client: GraphClient, threadId: string): Promise<void> {
  await client
    .get<unknown>(`/chats/${encodeURIComponent(threadId)}?$select=id`, { operation: "getChat" })
    .catch((error: unknown) => {
      // Graph answers 404 as well as 403 to someone who is not in the chat.
      throw toProblem(error, "noAccess");
    });
}

async function resolveEvent(client: GraphClient, appointment: AppointmentSource): Promise<AppointmentResolution> {
  const itemId = await appointment.readItemId();
  if (itemId.kind === "notSaved") return { kind: "problem", problem: "notSaved", detail: itemId.reason };
  const event = await getEvent(client, appointment.toRestId(itemId.itemId));
  // Meetloop keeps each meeting's records where all its participants read them: a private
  // appointment's subject and people stay out of that, whoever reads it.
  if (event.sensitivity === "private") return { kind: "problem", problem: "private" };
  let source = event;
  if (source.joinUrl === undefined && event.seriesMasterId !== undefined)
    source = await getEvent(client, event.seriesMasterId);
  if (!isTeamsMeeting(source) || source.joinUrl === undefined) return { kind: "problem", problem: "notTeamsMeeting" };
  const found = await findThreadId(client, appointment, source.joinUrl);
  if (found === undefined) return { kind: "problem", problem: "noAccess" };
  const { threadId } = found;
  if (!found.isConfirmed) await checkChatReadable(client, threadId);
  const occurrenceKey = getAppointmentOccurrenceKey(event);
  return {
    kind: "resolved",
    appointment: {
      seriesId: threadId,
      ...(occurrenceKey === undefined ? {} : { occurrenceKey }),
      isOrganizer: event.isOrganizer,
    },
  };
}

export async function resolveAppointment(
  client: GraphClient,
  appointment: AppointmentSource,
): Promise<AppointmentResolution> {
  try {
    return await resolveEvent(client, appointment);
  } catch (error) {
    if (error instanceof AppointmentProblem) return { kind: "problem", problem: error.problem };
    throw error;
  }
}
