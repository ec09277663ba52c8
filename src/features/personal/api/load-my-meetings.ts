// Loads "My meetings" across every series the viewer is in, from Graph alone (docs/architecture.md §2):
//   1. one $batch: the viewer's groups, their calendarView for the window, their Planner tasks;
//   2–3. two $batches: each group's site, then each site's "Meetloop Series" list (the series
//      configurations) — the kernel's listWorkspaceSeries, which the Outlook pane uses as well;
//   4. one $batch: each series' meeting chat (its join link, to find the series in the calendar);
//   5. one $batch: the viewer's reports for the occurrences they speak at, and — for a rotating host
//      whose rotation began before the window — the series' instances since it began.
// Five sequential round trips whatever the number of series (each $batch carries up to 20 requests
// per POST, several POSTs in flight); rounds with nothing to ask are skipped; a collection's
// further pages (rare at these sizes) are read with plain GETs.
// Groups that are not Meetloop workspaces (no site, no lists) are skipped quietly; anything else
// that cannot be read is reported in `unreadable` and the rest is still shown.
import { quoteODataString, readBatchBody } from "@/lib/graph";
import type { BatchRequest, GraphClient } from "@/lib/graph";
import { addDays } from "@/lib/time/zoned-time";
import {
  isAbsent,
  listItemsPath,
  listWorkspaceSeries,
  myGroupsRequest,
  readAllPages,
  readMyGroupIds,
  runRound,
  tryRead,
  tryReadPages,
} from "@/meeting/api/workspace";
// NOTE: the workspace's own list reader needs a Workspace whose every list exists (openWorkspace
// creates missing ones); here other groups' sites are only read, so items are read directly and
// validated by the same mapper.
import { itemQuery, readRecordItem } from "@/meeting/api/workspace/record-item";
import {
  buildReportAddress,
  buildSeriesOccurrences,
  compareByStart,
  listHeldKeys,
  listOwedReports,
  matchEvents,
} from "../model/occurrences";
import { isSamePerson } from "@/meeting/model/roles/people";
import { myIdentityUrl, toKnownPerson, toMyIdentity } from "@/meeting/api/directory/my-identity";
import { buildPersonKeys, keyConfigPeople, listOlderNames } from "@/meeting/model/roles/person-keys";
import { sortTasks } from "../model/task-status";
import { reportReadSchema } from "@/meeting/model/records/read-schemas";
import { toPlannerTask } from "@/meeting/api/planner/planner-task";
import { isTaskDone } from "@/meeting/model/planner/planner-task";
import type { PlannerTask } from "@/meeting/model/planner/planner-task";
import type { MyMeetings, MyOccurrence, MySeries, MyTask, UnreadableWorkspace } from "../model/types";
import { chatSchema, eventSchema, eventSelect, toCalendarEvent } from "./graph-shapes";

export interface LoadMyMeetingsOptions {
  /** The name the host gives the viewer (may be an e-mail address): older records may use it. */
  hostName?: string | undefined;
  now: Date;
  /** The viewer's IANA zone: stands in for a series whose zone the calendar does not name. */
  timeZone: string;
  /** How far ahead to look; default 35 days (five weekly meetings, at least one monthly). */
  windowDays?: number;
}

export const defaultWindowDays = 35;

// A rotating host is counted along held occurrences from the rotation's start; a move of a few days
// must not push that first occurrence out of the instances window.
const rotationMarginDays = 7;

interface SeriesEntry extends MySeries {
  siteId: string;
}

export async function loadMyMeetings(client: GraphClient, options: LoadMyMeetingsOptions): Promise<MyMeetings> {
  const { now } = options;
  const windowEnd = addDays(now, options.windowDays ?? defaultWindowDays);
  const unreadable: UnreadableWorkspace[] = [];

  // Round 1. /me/planner/tasks takes no $filter or $select (planneruser-list-tasks documents no
  // query parameters: https://learn.microsoft.com/graph/api/planneruser-list-tasks), so every task
  // assigned to the viewer comes back and is narrowed to the Meetloop plans here.
  // The viewer is named by object id (docs/architecture.md §4); /me rides in the first round.
  const [mePage, groupsPage, calendarPage, tasksPage] = await client.batch([
    { id: "me", operation: "getMe", method: "GET", url: myIdentityUrl },
    myGroupsRequest,
    {
      id: "calendar",
      operation: "listCalendarView",
      method: "GET",
      url: `/me/calendarView?startDateTime=${now.toISOString()}&endDateTime=${windowEnd.toISOString()}&$select=${eventSelect}&$top=500`,
    },
    { id: "tasks", operation: "listMyPlannerTasks", method: "GET", url: "/me/planner/tasks" },
  ]);
  // Without Planner (Microsoft 365 operated by 21Vianet) the page shows meetings and reports only.
  const plannerUnavailable = tasksPage?.unavailableInCloud !== undefined;
  const [groupIds, rawEvents, rawTasks] = await Promise.all([
    readMyGroupIds(client, groupsPage),
    readAllPages(client, calendarPage, "listCalendarView"),
    plannerUnavailable ? [] : readAllPages(client, tasksPage, "listMyPlannerTasks"),
  ]);
  const me = toKnownPerson(toMyIdentity(readBatchBody(mePage)), options.hostName);
  const keyOf = buildPersonKeys([me]);
  const events = rawEvents.map((e) => toCalendarEvent(eventSchema.parse(e)));
  const tasks = rawTasks.map(toPlannerTask);

  // Rounds 2 and 3: each group's site, then each site's series configurations.
  const scan = await listWorkspaceSeries(client, groupIds);
  unreadable.push(...scan.unreadable.map(({ groupId, reason }) => ({ groupId, reason })));
  const seriesByChat = new Map<string, SeriesEntry>();
  for (const found of scan.series) {
    const config = keyConfigPeople(found.config, keyOf);
    // The same chat configured in two of the viewer's groups: the first group's copy wins.
    if (!seriesByChat.has(found.seriesId))
      seriesByChat.set(found.seriesId, {
        seriesId: found.seriesId,
        title: config.title,
        groupId: found.groupId,
        siteId: found.siteId,
        config,
      });
  }
  const seriesList = [...seriesByChat.values()];

  // Round 4: each series' join link. 403 = the viewer is not in that meeting, 404 = the chat is
  // gone: the series has no meetings of theirs, though its plan's tasks still count.
  const chatAnswers = await runRound(
    client,
    seriesList.map((series, index) => ({
      id: `chat-${index}`,
      operation: "getChat",
      method: "GET",
      url: `/chats/${encodeURIComponent(series.seriesId)}?$select=id,onlineMeetingInfo`,
    })),
  );
  const joinUrls = new Map<string, string>();
  for (const [index, series] of seriesList.entries()) {
    const answer = chatAnswers[index];
    if (isAbsent(answer, [403, 404])) continue;
    const url = tryRead(
      answer,
      (body) => chatSchema.parse(body).onlineMeetingInfo?.joinWebUrl ?? undefined,
      (reason) => unreadable.push({ groupId: series.groupId, reason: `chat ${series.seriesId}: ${reason}` }),
    );
    if (url) joinUrls.set(series.seriesId, url);
  }
  const eventsBySeries = matchEvents(joinUrls, events);

  // Round 5: reports owed, and the held occurrences a rotating host is counted along.
  const rotations = seriesList.flatMap((series) => {
    const masterId = eventsBySeries.get(series.seriesId)?.find((e) => e.seriesMasterId !== undefined)?.seriesMasterId;
    const since = series.config.host.mode === "rotating" ? new Date(series.config.host.startsAt) : undefined;
    if (
      masterId === undefined ||
      since === undefined ||
      Number.isNaN(since.getTime()) ||
      since.getTime() >= now.getTime()
    )
      return [];
    return [{ series, masterId, from: addDays(since, -rotationMarginDays) }];
  });
  const draftOccurrences = seriesList.flatMap((series) =>
    buildSeriesOccurrences(series, eventsBySeries.get(series.seriesId) ?? [], {
      me: me.key,
      now,
      fallbackTimeZone: options.timeZone,
    }),
  );
  const speaking = draftOccurrences.filter((o) => !o.isCancelled && o.roles.speaks.length > 0);
  const round5 = await runRound(client, [
    ...speaking.map((occurrence, index): BatchRequest => {
      const series = seriesByChat.get(occurrence.seriesId);
      // The occurrence leads: SharePoint answers from the first indexed comparison, and a series'
      // reports pass its 5,000-item threshold in a few years (see listRecords in meeting/api/workspace).
      const filter = [
        `fields/OccurrenceKey eq ${quoteODataString(occurrence.occurrenceKey)}`,
        `(${[me.key.toLowerCase(), ...listOlderNames(me)].map((name) => `fields/Owner eq ${quoteODataString(name)}`).join(" or ")})`,
        `fields/SeriesId eq ${quoteODataString(occurrence.seriesId)}`,
      ].join(" and ");
      return {
        id: `report-${index}`,
        operation: "listListItems",
        method: "GET",
        url: `${listItemsPath(series?.siteId ?? "", "reports")}?${itemQuery}&$filter=${encodeURIComponent(filter)}`,
      };
    }),
    ...rotations.map((rotation, index): BatchRequest => ({
      id: `held-${index}`,
      operation: "listEventInstances",
      method: "GET",
      url: `/me/events/${encodeURIComponent(rotation.masterId)}/instances?startDateTime=${rotation.from.toISOString()}&endDateTime=${windowEnd.toISOString()}&$select=start,end,originalStart,isCancelled&$top=500`,
    })),
  ]);

  const submitted = new Map<string, Date>();
  for (const [index, occurrence] of speaking.entries()) {
    const answer = round5[index];
    // No reports list yet: nobody in that workspace has submitted a report.
    if (isAbsent(answer, [404])) continue;
    const items = await tryReadPages(client, answer, "listListItems", (reason) =>
      unreadable.push({ groupId: seriesByChat.get(occurrence.seriesId)?.groupId ?? "", reason }),
    );
    for (const item of items ?? []) {
      const outcome = readRecordItem("reports", item, reportReadSchema);
      if (!outcome.ok || !isSamePerson(keyOf(outcome.record.value.author), me.key)) continue;
      // Only the speaker's own write counts as their report (docs/domain.md §9): one someone else
      // wrote for them, as SharePoint's lastModifiedBy says, is still owed.
      const writer = outcome.record.lastModifiedBy;
      if (writer !== undefined && !isSamePerson(writer.id, me.key)) continue;
      const at = new Date(outcome.record.value.submittedAt ?? "");
      // A record without a readable submit time still counts as submitted; its last change stands in.
      submitted.set(
        buildReportAddress(occurrence.seriesId, occurrence.occurrenceKey, outcome.record.value.sectionId),
        Number.isNaN(at.getTime()) ? new Date(outcome.record.modifiedAt) : at,
      );
    }
  }

  const heldKeysByChat = new Map<string, string[]>();
  for (const [index, rotation] of rotations.entries()) {
    const answer = round5[speaking.length + index];
    const instances = await tryReadPages(client, answer, "listEventInstances", (reason) =>
      unreadable.push({
        groupId: rotation.series.groupId,
        reason: `host rotation of ${rotation.series.title}: ${reason}`,
      }),
    );
    if (instances === undefined) continue;
    const held = instances.map((e) => toCalendarEvent(eventSchema.parse(e)));
    // The window's own events complete the list; the occurrence keys are what counts.
    heldKeysByChat.set(
      rotation.series.seriesId,
      listHeldKeys([...held, ...(eventsBySeries.get(rotation.series.seriesId) ?? [])]),
    );
  }

  const occurrences: MyOccurrence[] = seriesList
    .flatMap((series) => {
      const heldKeys = heldKeysByChat.get(series.seriesId);
      return buildSeriesOccurrences(series, eventsBySeries.get(series.seriesId) ?? [], {
        me: me.key,
        now,
        fallbackTimeZone: options.timeZone,
        ...(heldKeys ? { heldKeys } : {}),
      });
    })
    .sort(compareByStart);

  return {
    series: seriesList.map((s) => ({ seriesId: s.seriesId, title: s.title, groupId: s.groupId, config: s.config })),
    occurrences,
    owedReports: listOwedReports(occurrences, seriesByChat, submitted),
    tasks: sortTasks(selectMeetloopTasks(tasks, seriesList)),
    unreadable,
    ...(plannerUnavailable ? { plannerUnavailable } : {}),
  };
}

/** Open tasks in the plans of the viewer's series, joined to those series. */
export function selectMeetloopTasks(tasks: readonly PlannerTask[], series: readonly MySeries[]): MyTask[] {
  const seriesByPlan = new Map<string, { seriesId: string; title: string }[]>();
  for (const s of series) {
    const planId = s.config.workspace.planId;
    if (planId === "") continue;
    seriesByPlan.set(planId, [...(seriesByPlan.get(planId) ?? []), { seriesId: s.seriesId, title: s.title }]);
  }
  return tasks.flatMap((task) => {
    const owners = task.planId === undefined ? undefined : seriesByPlan.get(task.planId);
    if (owners === undefined || isTaskDone(task)) return [];
    return [toMyTask(task, owners)];
  });
}

export function toMyTask(task: PlannerTask, series: MyTask["series"]): MyTask {
  return {
    id: task.id,
    etag: task.etag,
    planId: task.planId ?? "",
    title: task.title,
    percentComplete: task.percentComplete,
    completedDateTime: task.completedDateTime,
    ...(task.dueDateTime ? { dueDateTime: task.dueDateTime } : {}),
    hasDescription: task.hasDescription,
    series,
  };
}
