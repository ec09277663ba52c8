// Calendar routes over each mailbox's own copy of every meeting: calendarView (occurrences,
// exceptions and single instances in a window; never series masters; cancelled occurrences
// omitted), events (masters and single instances), an event by id, a master's instances and its
// exceptionOccurrences. Only the signed-in user's own mailbox is readable.
import { GraphError, badRequest, notFound } from "../http/graph-error.ts";
import { respondCollection, respondEntity } from "../http/responses.ts";
import { parseExpand } from "../metadata/check-query.ts";
import { findInstance, listExceptionInstances, listInstances } from "../state/calendar.ts";
import { parseEventId } from "../state/ids.ts";
import { requireUser } from "../state/lookups.ts";
import { preferenceHeaders, readOutputZone, renderEvent } from "./event-render.ts";
import type { GraphResponse, Route, RouteContext } from "../http/types.ts";
import type { MeetingState, UserState } from "../state/tenant-state.ts";

const eventPageSize = 10;

function requireMailbox(ctx: RouteContext): UserState {
  const owner = requireUser(ctx.state, ctx.keys[0] ?? "");
  if (owner.id !== ctx.user.id)
    throw new GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
  return owner;
}

function readWindow(ctx: RouteContext): { fromMs: number; toMs: number } {
  const read = (name: string): number => {
    const entry = [...ctx.request.query.entries()].find(([k]) => k.toLowerCase() === name.toLowerCase());
    if (entry === undefined) {
      throw badRequest(
        "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
        "ErrorInvalidParameter",
      );
    }
    const ms = Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(entry[1]) ? entry[1] : `${entry[1]}Z`);
    if (Number.isNaN(ms))
      throw badRequest(
        `The value '${entry[1]}' of parameter '${name}' is not a valid date-time.`,
        "ErrorInvalidParameter",
      );
    return ms;
  };
  return { fromMs: read("startDateTime"), toMs: read("endDateTime") };
}

function listMailboxMeetings(ctx: RouteContext, owner: UserState): MeetingState[] {
  return ctx.state.meetings.filter((m) => Object.hasOwn(m.eventIds, owner.id));
}

function findEvent(ctx: RouteContext, owner: UserState, id: string): { meeting: MeetingState; originalDate?: string } {
  const parsed = parseEventId(id);
  const entry = parsed ? ctx.state.eventIndex[parsed.masterId] : undefined;
  const meeting = entry?.userId === owner.id ? ctx.state.meetings.find((m) => m.id === entry.meetingId) : undefined;
  if (!parsed || !meeting) throw notFound("The specified object was not found in the store.", "ErrorItemNotFound");
  return parsed.originalDate === undefined ? { meeting } : { meeting, originalDate: parsed.originalDate };
}

function listCalendarView(ctx: RouteContext): GraphResponse {
  const owner = requireMailbox(ctx);
  const { fromMs, toMs } = readWindow(ctx);
  const zone = readOutputZone(ctx);
  const events = listMailboxMeetings(ctx, owner).flatMap((meeting) => {
    if (!meeting.recurrence) {
      const [single] = listInstances(meeting, fromMs, toMs);
      return single
        ? [{ startMs: single.startMs, event: renderEvent(ctx, meeting, owner.id, "singleInstance", zone) }]
        : [];
    }
    return listInstances(meeting, fromMs, toMs).map((instance) => ({
      startMs: instance.startMs,
      event: renderEvent(ctx, meeting, owner.id, instance.exception ? "exception" : "occurrence", zone, instance),
    }));
  });
  events.sort((a, b) => a.startMs - b.startMs);
  return respondCollection(
    ctx,
    events.map((e) => e.event),
    { pageSize: eventPageSize, headers: preferenceHeaders(zone) },
  );
}

function getEvent(ctx: RouteContext): GraphResponse {
  const owner = requireMailbox(ctx);
  const { meeting, originalDate } = findEvent(ctx, owner, ctx.keys[1] ?? "");
  const zone = readOutputZone(ctx);
  let event: Record<string, unknown>;
  if (originalDate !== undefined) {
    const instance = findInstance(meeting, originalDate);
    if (!instance) throw notFound("The specified object was not found in the store.", "ErrorItemNotFound");
    event = renderEvent(ctx, meeting, owner.id, instance.exception ? "exception" : "occurrence", zone, instance);
  } else {
    event = renderEvent(ctx, meeting, owner.id, meeting.recurrence ? "seriesMaster" : "singleInstance", zone);
  }
  if (parseExpand(ctx.request.query.get("$expand")).some((e) => e.name === "exceptionOccurrences")) {
    event.exceptionOccurrences =
      originalDate === undefined
        ? listExceptionInstances(meeting).map((i) => renderEvent(ctx, meeting, owner.id, "exception", zone, i))
        : [];
  }
  return respondEntity(ctx, event, 200, preferenceHeaders(zone));
}

function requireMaster(ctx: RouteContext, owner: UserState): MeetingState {
  const { meeting, originalDate } = findEvent(ctx, owner, ctx.keys[1] ?? "");
  if (originalDate !== undefined || !meeting.recurrence) {
    // Outlook answers instances on a non-master with an empty list; keep that behaviour.
    return { ...meeting, recurrence: null, exceptions: {} };
  }
  return meeting;
}

export const calendarRoutes: readonly Route[] = [
  { method: "GET", template: "users/{}/calendarView", handle: listCalendarView },
  { method: "GET", template: "users/{}/calendar/calendarView", handle: listCalendarView },
  {
    method: "GET",
    template: "users/{}/events",
    handle: (ctx) => {
      const owner = requireMailbox(ctx);
      const zone = readOutputZone(ctx);
      const events = listMailboxMeetings(ctx, owner).map((m) =>
        renderEvent(ctx, m, owner.id, m.recurrence ? "seriesMaster" : "singleInstance", zone),
      );
      return respondCollection(ctx, events, { pageSize: eventPageSize, headers: preferenceHeaders(zone) });
    },
  },
  { method: "GET", template: "users/{}/events/{}", handle: getEvent },
  {
    method: "GET",
    template: "users/{}/events/{}/instances",
    handle: (ctx) => {
      const owner = requireMailbox(ctx);
      const meeting = requireMaster(ctx, owner);
      const { fromMs, toMs } = readWindow(ctx);
      const zone = readOutputZone(ctx);
      const instances = meeting.recurrence
        ? listInstances(meeting, fromMs, toMs).map((i) =>
            renderEvent(ctx, meeting, owner.id, i.exception ? "exception" : "occurrence", zone, i),
          )
        : [];
      return respondCollection(ctx, instances, { pageSize: eventPageSize, headers: preferenceHeaders(zone) });
    },
  },
  {
    method: "GET",
    template: "users/{}/events/{}/exceptionOccurrences",
    handle: (ctx) => {
      const owner = requireMailbox(ctx);
      const meeting = requireMaster(ctx, owner);
      const zone = readOutputZone(ctx);
      const events = listExceptionInstances(meeting).map((i) =>
        renderEvent(ctx, meeting, owner.id, "exception", zone, i),
      );
      return respondCollection(ctx, events, { pageSize: eventPageSize, headers: preferenceHeaders(zone) });
    },
  },
];
