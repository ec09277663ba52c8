// The scenario file format: a whole in-memory tenant (users, one or more Microsoft 365 groups
// with their site and plans, and the Teams meetings with their chats). Documented in
// docs/emulator.md. References between entries (organizer, attendees, members, assignees) name a
// user by userPrincipalName or id, and are checked here so a typo fails at load with its path.
import { z } from "zod";
import { resolveMeetingZone, resolveTimeZone } from "../recurrence/time-zones.ts";
import { limitsSchema } from "../state/limits.ts";

const localTime = z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/, "expected a local time HH:MM");
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");
const userRef = z.string().min(1);
/** A Windows time-zone id (CLDR's table) or an IANA name the runtime knows. */
const timeZone = z
  .string()
  .refine((name) => resolveTimeZone(name) !== undefined, "expected a Windows time-zone id or an IANA zone");

const userSchema = z.strictObject({
  id: z.string().min(1),
  userPrincipalName: z.string().includes("@"),
  displayName: z.string().min(1),
  givenName: z.string().optional(),
  surname: z.string().optional(),
  /** The primary SMTP address; in real tenants it often differs from the UPN (https://learn.microsoft.com/graph/api/resources/user). */
  mail: z.string().optional(),
  /**
   * Graph's form: "SMTP:primary" and "smtp:alias" (https://learn.microsoft.com/graph/api/resources/user,
   * proxyAddresses). When absent, the mail alone is the primary address.
   */
  proxyAddresses: z
    .array(z.string().regex(/^(SMTP|smtp):[^@\s]+@[^@\s]+$/, "expected SMTP:address or smtp:address"))
    .optional(),
  /** A guest (B2B) user has userType Guest and a `…#EXT#@tenant` UPN. */
  userType: z.enum(["Member", "Guest"]).default("Member"),
  jobTitle: z.string().optional(),
  department: z.string().optional(),
  officeLocation: z.string().optional(),
  mobilePhone: z.string().optional(),
  preferredLanguage: z.string().default("en-US"),
  /** Windows time-zone name, as mailboxSettings.timeZone returns it. */
  timeZone: timeZone.default("UTC"),
  /** false: a disabled account — still in the directory and its groups, but it cannot sign in. */
  accountEnabled: z.boolean().default(true),
  /**
   * When the user was deleted: gone from the directory (GET /users/{id} answers 404, the user leaves
   * every group), while Planner assignments, list items and chat messages keep the id.
   */
  deletedDateTime: z.string().optional(),
  /**
   * Delegated permissions this user's token lacks: not consented, or not granted by an
   * administrator (e.g. ["GroupMember.Read.All"]). The token endpoint refuses them and Graph
   * answers 403 where they are needed (http/permissions.ts).
   */
  withheldScopes: z
    .array(z.string().regex(/^[A-Za-z]+(\.[A-Za-z]+)+$/, "expected a scope like Group.Read.All"))
    .optional(),
});

const columnSchema = z
  .strictObject({
    name: z.string().min(1),
    type: z.enum(["text", "number", "dateTime", "boolean", "choice", "personOrGroup"]).default("text"),
    indexed: z.boolean().default(false),
    /** SharePoint only enforces unique values on an indexed column. */
    enforceUniqueValues: z.boolean().default(false),
    choices: z.array(z.string()).optional(),
  })
  .refine((c) => !c.enforceUniqueValues || c.indexed, "a column with enforceUniqueValues must be indexed");

const listSchema = z.strictObject({
  id: z.string().optional(),
  displayName: z.string().min(1),
  description: z.string().optional(),
  columns: z.array(columnSchema).default([]),
  items: z.array(z.strictObject({ fields: z.record(z.string(), z.unknown()) })).default([]),
});

const planSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  buckets: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1) })).default([]),
  tasks: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        title: z.string().min(1),
        bucketId: z.string().optional(),
        assignees: z.array(userRef).default([]),
        dueDateTime: z.string().optional(),
        percentComplete: z.union([z.literal(0), z.literal(50), z.literal(100)]).default(0),
        priority: z.number().int().min(0).max(10).default(5),
        description: z.string().optional(),
      }),
    )
    .default([]),
});

const groupSchema = z.strictObject({
  id: z.string().min(1),
  displayName: z.string().min(1),
  description: z.string().optional(),
  mailNickname: z.string().min(1),
  // group.visibility (api-reference/v1.0/resources/group.md): Public, Private or HiddenMembership,
  // nullable. A Microsoft 365 group created without one is Public (same page), and an empty value
  // "is interpreted as Public" (api-reference/v1.0/api/group-update.md). So an entry without
  // visibility is a group created without choosing: Public; `null` is a group whose property is
  // unset, and Graph returns it as null.
  visibility: z.enum(["Public", "Private", "HiddenMembership"]).nullable().default("Public"),
  owners: z.array(userRef).min(1),
  members: z.array(userRef).min(1),
  site: z.strictObject({ id: z.string().min(1), name: z.string().min(1), lists: z.array(listSchema).default([]) }),
  driveId: z.string().min(1),
  plans: z.array(planSchema).default([]),
});

const recurrenceSchema = z.strictObject({
  pattern: z.strictObject({
    type: z.enum(["daily", "weekly", "absoluteMonthly", "relativeMonthly", "absoluteYearly", "relativeYearly"]),
    interval: z.number().int().min(1).default(1),
    daysOfWeek: z
      .array(z.enum(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]))
      .optional(),
    dayOfMonth: z.number().int().min(1).max(31).optional(),
    month: z.number().int().min(1).max(12).optional(),
    index: z.enum(["first", "second", "third", "fourth", "last"]).optional(),
    firstDayOfWeek: z.enum(["sunday", "monday"]).optional(),
  }),
  range: z.strictObject({
    type: z.enum(["noEnd", "endDate", "numbered"]),
    startDate: localDate,
    endDate: localDate.optional(),
    numberOfOccurrences: z.number().int().min(1).optional(),
  }),
});

const exceptionSchema = z
  .strictObject({
    /** `relative: n` = the (n+1)-th original occurrence starting at or after load time; `date` = its original local date. */
    occurrence: z.union([z.strictObject({ relative: z.number().int().min(0) }), z.strictObject({ date: localDate })]),
    cancelled: z.boolean().default(false),
    moveTo: z
      .strictObject({
        days: z.number().int().default(0),
        startTime: localTime.optional(),
        endTime: localTime.optional(),
      })
      .optional(),
    subject: z.string().optional(),
  })
  .refine(
    (e) => e.cancelled || e.moveTo !== undefined || e.subject !== undefined,
    "an exception needs cancelled, moveTo or subject",
  );

/** A tab already pinned to the meeting chat, as POST /chats/{id}/tabs would have stored it. */
const tabSchema = z.strictObject({
  id: z.string().min(1).optional(),
  displayName: z.string().min(1),
  teamsAppId: z.string().min(1),
  configuration: z
    .strictObject({
      entityId: z.string().optional(),
      contentUrl: z.url(),
      websiteUrl: z.url().optional(),
      removeUrl: z.url().optional(),
    })
    .optional(),
});

const address = z.string().regex(/^[^@\s]+@[^@\s]+$/, "expected an e-mail address");

/**
 * An attendee: a user (rendered by their mail), a user invited by one of their aliases, or an
 * address that is no user of the tenant — a distribution list or an outside address (an event's
 * attendees are addresses, https://learn.microsoft.com/graph/api/resources/attendee).
 */
const attendeeSchema = z.union([
  userRef,
  z.strictObject({ user: userRef, invitedAs: address }),
  z.strictObject({ address, name: z.string().min(1), kind: z.enum(["distributionList", "external"]) }),
]);

const meetingSchema = z
  .strictObject({
    id: z.string().min(1),
    subject: z.string().min(1),
    organizer: userRef,
    attendees: z.array(attendeeSchema).default([]),
    /** As timeZone, or Outlook's legacy "tzone://Microsoft/Custom" (its times then count as UTC). */
    timeZone: z
      .string()
      .refine(
        (name) => resolveMeetingZone(name) !== undefined,
        "expected a Windows time-zone id, an IANA zone or tzone://Microsoft/Custom",
      )
      .default("UTC"),
    startTime: localTime,
    endTime: localTime,
    /** One-off meetings: a date, or days after the load date (so the meeting stays upcoming). */
    date: z.union([localDate, z.strictObject({ daysFromLoad: z.number().int() })]).optional(),
    recurrence: recurrenceSchema.optional(),
    exceptions: z.array(exceptionSchema).default([]),
    /** Absent only for an appointment that is no Teams meeting (`teamsMeeting: false`): it has no chat. */
    chatId: z
      .string()
      .regex(/^19:meeting_[A-Za-z0-9_-]+@thread\.v2$/, "expected 19:meeting_<id>@thread.v2")
      .optional(),
    /**
     * false: a plain Outlook appointment with no online meeting (`isOnlineMeeting: false`,
     * `onlineMeeting: null`, https://learn.microsoft.com/graph/api/resources/event).
     */
    teamsMeeting: z.boolean().default(true),
    /** The event's `sensitivity` as the organizer set it (https://learn.microsoft.com/graph/api/resources/event). */
    sensitivity: z.enum(["normal", "personal", "private", "confidential"]).default("normal"),
    /**
     * The join link people see: "thread" (the long `/l/meetup-join/19%3ameeting_…` link everywhere),
     * "short" (`https://teams.microsoft.com/meet/<meeting ID>?p=<passcode>` in the chat and the
     * calendar) or "shortInCalendar" (short in Outlook, long in the chat). See state/join-links.ts.
     */
    joinLink: z.enum(["thread", "short", "shortInCalendar"]).default("thread"),
    body: z.string().default(""),
    location: z.string().default("Microsoft Teams Meeting"),
    messages: z
      .array(
        z.strictObject({
          from: userRef,
          content: z.string(),
          contentType: z.enum(["text", "html"]).default("text"),
          createdDateTime: z.string().optional(),
        }),
      )
      .default([]),
    tabs: z.array(tabSchema).default([]),
  })
  .refine((m) => (m.recurrence === undefined) !== (m.date === undefined), "a meeting has either recurrence or date")
  .refine((m) => m.teamsMeeting === (m.chatId !== undefined), "a Teams meeting has a chatId, an appointment none");

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    description: z.string().optional(),
    tenant: z.strictObject({
      id: z.string().min(1),
      displayName: z.string().min(1),
      domain: z.string().min(1),
      sharePointHost: z.string().min(1),
    }),
    users: z.array(userSchema).min(1),
    groups: z.array(groupSchema).default([]),
    meetings: z.array(meetingSchema).default([]),
    /** Lower Planner and SharePoint limits for this tenant (emulator/state/limits.ts); absent: Microsoft's. */
    limits: limitsSchema.optional(),
  })
  .superRefine((scenario, ctx) => {
    const known = new Set(scenario.users.flatMap((u) => [u.id, u.userPrincipalName.toLowerCase()]));
    const check = (ref: string, path: (string | number)[]): void => {
      if (!known.has(ref) && !known.has(ref.toLowerCase()))
        ctx.addIssue({ code: "custom", message: `unknown user '${ref}'`, path });
    };
    const unique = (values: string[], path: string): void => {
      const seen = new Set<string>();
      values.forEach((v, i) => {
        if (seen.has(v)) ctx.addIssue({ code: "custom", message: `duplicate id '${v}'`, path: [path, i, "id"] });
        seen.add(v);
      });
    };
    unique(
      scenario.users.map((u) => u.id),
      "users",
    );
    unique(
      scenario.groups.map((g) => g.id),
      "groups",
    );
    unique(
      scenario.meetings.map((m) => m.id),
      "meetings",
    );
    scenario.groups.forEach((g, gi) => {
      g.owners.forEach((r, i) => {
        check(r, ["groups", gi, "owners", i]);
      });
      g.members.forEach((r, i) => {
        check(r, ["groups", gi, "members", i]);
      });
      g.plans.forEach((p, pi) => {
        p.tasks.forEach((t, ti) => {
          t.assignees.forEach((r, i) => {
            check(r, ["groups", gi, "plans", pi, "tasks", ti, "assignees", i]);
          });
        });
      });
    });
    scenario.meetings.forEach((m, mi) => {
      check(m.organizer, ["meetings", mi, "organizer"]);
      m.attendees.forEach((a, i) => {
        if (typeof a === "string") check(a, ["meetings", mi, "attendees", i]);
        else if ("user" in a) check(a.user, ["meetings", mi, "attendees", i, "user"]);
      });
      m.messages.forEach((msg, i) => {
        check(msg.from, ["meetings", mi, "messages", i, "from"]);
      });
    });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioUser = Scenario["users"][number];
export type ScenarioGroup = Scenario["groups"][number];
export type ScenarioMeeting = Scenario["meetings"][number];
export type ScenarioAttendee = ScenarioMeeting["attendees"][number];
export type ScenarioPlan = ScenarioGroup["plans"][number];
export type ScenarioList = ScenarioGroup["site"]["lists"][number];
