// Turns a validated scenario into a fresh TenantState. Exceptions addressed relative to load time
// (`{ relative: 1 }`) are resolved here against `now`, so the demo's moved and cancelled
// occurrences always sit in the upcoming weeks whenever the emulator starts.
import { addDays } from "../recurrence/calendar-dates.ts";
import { createTitleColumn } from "./list-columns.ts";
import { formatLocalDate, toLocalDateTime } from "../recurrence/time-zones.ts";
import { getMeetingZone, getOriginalSlot, listOriginalDates } from "./calendar.ts";
import {
  createEventId,
  createGuid,
  createICalUId,
  createJoinMeetingId,
  createJoinWebUrl,
  createOnlineMeetingId,
  createPasscode,
  createPlannerEtag,
} from "./ids.ts";
import { deleteUser } from "./directory.ts";
import { recordVersion } from "./list-item-versions.ts";
import { resolveLimits } from "./limits.ts";
import type { Scenario, ScenarioGroup, ScenarioMeeting } from "../scenario/schema.ts";
import type {
  GroupState,
  ListItemState,
  ListState,
  MeetingState,
  OccurrenceException,
  PlannerState,
  TenantState,
} from "./tenant-state.ts";

const withSeconds = (time: string): string => (time.length === 5 ? `${time}:00` : time);

function resolveUserId(scenario: Scenario, ref: string): string {
  const user = scenario.users.find((u) => u.id === ref || u.userPrincipalName.toLowerCase() === ref.toLowerCase());
  if (!user) throw new Error(`Unknown user '${ref}'`);
  return user.id;
}

function resolveExceptions(
  meeting: MeetingState,
  source: ScenarioMeeting,
  nowMs: number,
): Record<string, OccurrenceException> {
  const exceptions: Record<string, OccurrenceException> = {};
  if (source.exceptions.length === 0) return exceptions;
  const zone = getMeetingZone(meeting);
  const horizon = addDays(formatLocalDate(toLocalDateTime(nowMs, zone)), 800);
  const dates = [...listOriginalDates(meeting, horizon)];
  const upcoming = dates.filter((d) => getOriginalSlot(meeting, d).startMs >= nowMs);
  source.exceptions.forEach((spec, i) => {
    const date = "relative" in spec.occurrence ? upcoming[spec.occurrence.relative] : spec.occurrence.date;
    if (date === undefined || !dates.includes(date)) {
      throw new Error(`meetings.${source.id}.exceptions[${i}]: no such occurrence`);
    }
    const exception: OccurrenceException = { cancelled: spec.cancelled };
    if (spec.subject !== undefined) exception.subject = spec.subject;
    if (spec.moveTo) {
      const newDate = addDays(date, spec.moveTo.days);
      const startTime = withSeconds(spec.moveTo.startTime ?? meeting.startTime);
      const endTime = withSeconds(spec.moveTo.endTime ?? meeting.endTime);
      exception.startLocal = `${newDate}T${startTime}`;
      exception.endLocal = `${endTime <= startTime ? addDays(newDate, 1) : newDate}T${endTime}`;
    }
    exceptions[date] = exception;
  });
  return exceptions;
}

function buildMeeting(scenario: Scenario, source: ScenarioMeeting, nowMs: number): MeetingState {
  const organizerId = resolveUserId(scenario, source.organizer);
  const userAttendees = source.attendees.flatMap((a): { id: string; invitedAs: string | undefined }[] =>
    typeof a === "string"
      ? [{ id: resolveUserId(scenario, a), invitedAs: undefined }]
      : "user" in a
        ? [{ id: resolveUserId(scenario, a.user), invitedAs: a.invitedAs }]
        : [],
  );
  const attendeeIds = [...new Set(userAttendees.map((a) => a.id))].filter((id) => id !== organizerId);
  const invitedAs = Object.fromEntries(
    userAttendees.flatMap((a) => (a.invitedAs === undefined ? [] : [[a.id, a.invitedAs] as const])),
  );
  const addressAttendees = source.attendees.flatMap((a) =>
    typeof a !== "string" && "address" in a ? [{ address: a.address, name: a.name, kind: a.kind }] : [],
  );
  const zone = getMeetingZone({ timeZone: source.timeZone });
  const today = formatLocalDate(toLocalDateTime(nowMs, zone));
  const firstDate =
    source.recurrence?.range.startDate ??
    (typeof source.date === "string" ? source.date : addDays(today, source.date?.daysFromLoad ?? 0));
  const meeting: MeetingState = {
    id: source.id,
    subject: source.subject,
    organizerId,
    attendeeIds,
    invitedAs,
    addressAttendees,
    timeZone: source.timeZone,
    startTime: withSeconds(source.startTime),
    endTime: withSeconds(source.endTime),
    firstDate,
    recurrence: source.recurrence
      ? {
          pattern: source.recurrence.pattern,
          range: { ...source.recurrence.range, recurrenceTimeZone: source.timeZone },
        }
      : null,
    exceptions: {},
    isOnlineMeeting: source.chatId !== undefined,
    sensitivity: source.sensitivity,
    chatId: source.chatId ?? "",
    onlineMeetingId: source.chatId === undefined ? "" : createOnlineMeetingId(organizerId, source.chatId),
    joinWebUrl: source.chatId === undefined ? "" : createJoinWebUrl(source.chatId, scenario.tenant.id, organizerId),
    joinLink: source.joinLink,
    joinMeetingId: createJoinMeetingId(scenario.tenant.id, source.id),
    passcode: createPasscode(scenario.tenant.id, source.id),
    iCalUId: createICalUId(source.id, scenario.tenant.id),
    body: source.body,
    location: source.location,
    createdDateTime: new Date(
      getOriginalSlot(
        { timeZone: source.timeZone, startTime: withSeconds(source.startTime), endTime: withSeconds(source.endTime) },
        firstDate,
      ).startMs -
        14 * 86_400_000,
    ).toISOString(),
    eventIds: Object.fromEntries(
      [organizerId, ...attendeeIds].map((uid) => [uid, createEventId(scenario.tenant.id, uid, source.id)]),
    ),
  };
  meeting.exceptions = resolveExceptions(meeting, source, nowMs);
  return meeting;
}

function buildLists(group: ScenarioGroup, userId: string, nowIso: string): Record<string, ListState> {
  const lists: Record<string, ListState> = {};
  for (const list of group.site.lists) {
    const id = list.id ?? createGuid();
    const items: ListState["items"] = {};
    list.items.forEach((item, i) => {
      const itemId = String(i + 1);
      const entry: ListItemState = {
        id: itemId,
        createdDateTime: nowIso,
        lastModifiedDateTime: nowIso,
        createdById: userId,
        lastModifiedById: userId,
        etagGuid: createGuid(),
        version: 1,
        fields: item.fields,
        versions: [],
      };
      recordVersion(entry);
      items[itemId] = entry;
    });
    lists[id] = {
      id,
      name: list.displayName.replace(/\s+/g, ""),
      displayName: list.displayName,
      description: list.description ?? "",
      template: "genericList",
      createdDateTime: nowIso,
      lastModifiedDateTime: nowIso,
      createdById: userId,
      columns: [
        createTitleColumn(),
        ...list.columns.map((c) => ({
          id: createGuid(),
          name: c.name,
          displayName: c.name,
          indexed: c.indexed,
          enforceUniqueValues: c.enforceUniqueValues,
          required: false,
          [c.type]: c.type === "choice" ? { choices: c.choices ?? [] } : {},
        })),
      ],
      items,
      nextItemId: list.items.length + 1,
    };
  }
  return lists;
}

function buildPlanner(scenario: Scenario, nowIso: string, revision: () => number): PlannerState {
  const planner: PlannerState = { plans: {}, buckets: {}, tasks: {}, taskDetails: {} };
  for (const group of scenario.groups) {
    const creator = resolveUserId(scenario, group.owners[0] ?? "");
    const createdBy = {
      user: { id: creator, displayName: null },
      application: { id: "5e3ce6c0-2b1f-4285-8d4b-75ee78787346", displayName: null },
    };
    for (const plan of group.plans) {
      planner.plans[plan.id] = {
        id: plan.id,
        title: plan.title,
        owner: group.id,
        groupId: group.id,
        createdDateTime: nowIso,
        createdBy,
        container: { containerId: group.id, type: "group", url: `https://graph.microsoft.com/v1.0/groups/${group.id}` },
        etag: createPlannerEtag("Plan", revision()),
      };
      plan.buckets.forEach((bucket, i) => {
        planner.buckets[bucket.id] = {
          id: bucket.id,
          name: bucket.name,
          planId: plan.id,
          orderHint: String(8_584_000_000_000 + i),
          etag: createPlannerEtag("Bucket", revision()),
        };
      });
      for (const task of plan.tasks) {
        const assignments = Object.fromEntries(
          task.assignees.map((ref) => [
            resolveUserId(scenario, ref),
            {
              "@odata.type": "#microsoft.graph.plannerAssignment",
              assignedDateTime: nowIso,
              orderHint: "8584000000000",
              assignedBy: createdBy,
            },
          ]),
        );
        planner.tasks[task.id] = {
          id: task.id,
          planId: plan.id,
          bucketId: task.bucketId ?? null,
          title: task.title,
          orderHint: "8584000000000",
          assigneePriority: "",
          percentComplete: task.percentComplete,
          priority: task.priority,
          startDateTime: null,
          createdDateTime: nowIso,
          dueDateTime: task.dueDateTime ?? null,
          hasDescription: task.description !== undefined,
          previewType: "automatic",
          completedDateTime: task.percentComplete === 100 ? nowIso : null,
          completedBy: null,
          referenceCount: 0,
          checklistItemCount: 0,
          activeChecklistItemCount: 0,
          conversationThreadId: null,
          createdBy,
          appliedCategories: {},
          assignments,
          etag: createPlannerEtag("Task", revision()),
        };
        planner.taskDetails[task.id] = {
          id: task.id,
          description: task.description ?? "",
          previewType: "automatic",
          references: {},
          checklist: {},
          etag: createPlannerEtag("TaskDetails", revision()),
        };
      }
    }
  }
  return planner;
}

export function buildTenantState(scenario: Scenario, now: Date): TenantState {
  const nowMs = now.getTime();
  const nowIso = now.toISOString();
  let revision = 0;
  const nextRevision = (): number => ++revision;
  const groups: GroupState[] = scenario.groups.map((g) => ({
    id: g.id,
    displayName: g.displayName,
    description: g.description ?? null,
    mailNickname: g.mailNickname,
    visibility: g.visibility,
    createdDateTime: "2026-05-20T02:00:00Z",
    ownerIds: g.owners.map((r) => resolveUserId(scenario, r)),
    memberIds: [...new Set([...g.owners, ...g.members].map((r) => resolveUserId(scenario, r)))],
    siteId: g.site.id,
    driveId: g.driveId,
  }));
  const meetings = scenario.meetings.map((m) => buildMeeting(scenario, m, nowMs));
  const state: TenantState = {
    tenant: { ...scenario.tenant },
    loadedAt: nowIso,
    users: scenario.users.map((u) => ({ ...u })),
    groups,
    meetings,
    chats: {},
    sites: {},
    drives: {},
    planner: buildPlanner(scenario, nowIso, nextRevision),
    eventIndex: {},
    revision: 0,
    limits: resolveLimits(scenario.limits),
  };
  for (const user of state.users) if (user.deletedDateTime !== undefined) deleteUser(state, user, user.deletedDateTime);
  for (const meeting of meetings) {
    for (const [userId, eventId] of Object.entries(meeting.eventIds))
      state.eventIndex[eventId] = { userId, meetingId: meeting.id };
    if (!meeting.isOnlineMeeting) continue;
    const source = scenario.meetings.find((m) => m.id === meeting.id);
    state.chats[meeting.chatId] = {
      id: meeting.chatId,
      meetingId: meeting.id,
      topic: meeting.subject,
      memberIds: [meeting.organizerId, ...meeting.attendeeIds],
      createdDateTime: meeting.createdDateTime,
      lastUpdatedDateTime: meeting.createdDateTime,
      messages: (source?.messages ?? []).map((msg, i) => ({
        id: String(Date.parse(msg.createdDateTime ?? meeting.createdDateTime) + i),
        createdDateTime: msg.createdDateTime ?? meeting.createdDateTime,
        lastModifiedDateTime: msg.createdDateTime ?? meeting.createdDateTime,
        fromUserId: resolveUserId(scenario, msg.from),
        body: { contentType: msg.contentType, content: msg.content },
        attachments: [],
        importance: "normal",
        subject: null,
      })),
      tabs: (source?.tabs ?? []).map((tab) => ({
        id: tab.id ?? createGuid(),
        displayName: tab.displayName,
        teamsAppId: tab.teamsAppId,
        configuration: {
          entityId: tab.configuration?.entityId ?? null,
          contentUrl: tab.configuration?.contentUrl ?? null,
          websiteUrl: tab.configuration?.websiteUrl ?? null,
          removeUrl: tab.configuration?.removeUrl ?? null,
        },
      })),
    };
  }
  for (const [i, group] of scenario.groups.entries()) {
    const owner = groups[i]?.ownerIds[0] ?? "";
    const webUrl = `https://${scenario.tenant.sharePointHost}/sites/${group.site.name}`;
    state.sites[group.site.id] = {
      id: group.site.id,
      groupId: group.id,
      name: group.site.name,
      displayName: group.displayName,
      webUrl,
      createdDateTime: "2026-05-20T02:00:00Z",
      lists: buildLists(group, owner, nowIso),
    };
    state.drives[group.driveId] = {
      id: group.driveId,
      groupId: group.id,
      webUrl: `${webUrl}/Shared%20Documents`,
      createdDateTime: "2026-05-20T02:00:00Z",
      items: {},
    };
  }
  state.revision = revision;
  return state;
}
