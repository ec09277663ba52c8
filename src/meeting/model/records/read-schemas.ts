// Tolerant read schemas for the records the review, history, rollups and My meetings read across
// a whole series: optional fields, no enums where a newer writer may add values, so an old or newer
// record still shows instead of failing the whole series. Each mirrors the strict schema its writer
// uses (agenda-record.ts, minutes-record.ts, report-record.ts); records.test.ts proves every value a
// writer accepts reads back.
import * as z from "zod/mini";

const decisionSchema = z.object({ id: z.string(), text: z.string() });

const minutesItemSchema = z.object({
  id: z.string(),
  title: z.optional(z.string()),
  notes: z.optional(z.string()),
  decisions: z.optional(z.array(decisionSchema)),
});

const actionSchema = z.object({
  id: z.string(),
  itemId: z.optional(z.string()),
  decisionId: z.optional(z.string()),
  what: z.string(),
  owner: z.string(),
  ownerName: z.optional(z.string()),
  /** YYYY-MM-DD in the series' time zone. */
  due: z.optional(z.string()),
  standard: z.optional(z.string()),
  supervisor: z.optional(z.string()),
  supervisorName: z.optional(z.string()),
  priority: z.optional(z.string()),
});

const plannerLinkSchema = z.object({ taskId: z.string(), bucketId: z.optional(z.string()) });

const attendanceSchema = z.object({ status: z.string(), lateMinutes: z.optional(z.number()) });

const reassignmentSchema = z.object({
  actionId: z.string(),
  from: z.string(),
  fromName: z.optional(z.string()),
  to: z.string(),
  toName: z.optional(z.string()),
  reason: z.optional(z.string()),
  by: z.optional(z.string()),
  at: z.optional(z.string()),
});

export const minutesReadSchema = z.object({
  occurrenceKey: z.string(),
  meetingTitle: z.optional(z.string()),
  start: z.optional(z.string()),
  end: z.optional(z.string()),
  host: z.optional(z.string()),
  noteTaker: z.optional(z.string()),
  attendees: z.optional(z.array(z.object({ upn: z.string(), name: z.optional(z.string()) }))),
  attendance: z.optional(z.record(z.string(), attendanceSchema)),
  items: z.optional(z.array(minutesItemSchema)),
  actions: z.optional(z.array(actionSchema)),
  status: z.optional(z.string()),
  version: z.optional(z.number()),
  published: z.optional(
    z.object({ at: z.optional(z.string()), planner: z.optional(z.record(z.string(), plannerLinkSchema)) }),
  ),
  reassignments: z.optional(z.array(reassignmentSchema)),
});

const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

export const agendaReadSchema = z.object({
  occurrenceKey: z.string(),
  host: z.optional(z.string()),
  noteTaker: z.optional(z.string()),
  items: z.optional(
    z.array(
      z.object({
        id: z.string(),
        sectionId: z.optional(z.string()),
        kind: z.optional(z.string()),
        title: bilingualSchema,
        speaker: z.optional(z.string()),
        minutes: z.optional(z.number()),
      }),
    ),
  ),
});

const kpiRowSchema = z.object({
  metric: z.string(),
  unit: z.optional(z.string()),
  target: z.optional(z.string()),
  actual: z.optional(z.string()),
  lastYear: z.optional(z.string()),
});

export const reportReadSchema = z.object({
  sectionId: z.string(),
  author: z.string(),
  submittedAt: z.optional(z.string()),
  fields: z.optional(
    z.object({
      review: z.optional(z.string()),
      plan: z.optional(z.array(z.string())),
      problems: z.optional(z.array(z.object({ problem: z.string(), solution: z.optional(z.string()) }))),
      kpis: z.optional(z.array(kpiRowSchema)),
      receivables: z.optional(z.array(kpiRowSchema)),
      revenue: z.optional(z.array(kpiRowSchema)),
    }),
  ),
});

export type MinutesRead = z.infer<typeof minutesReadSchema>;
export type MinutesActionRead = NonNullable<MinutesRead["actions"]>[number];
export type ReassignmentRead = NonNullable<MinutesRead["reassignments"]>[number];
export type AgendaRead = z.infer<typeof agendaReadSchema>;
export type ReportRead = z.infer<typeof reportReadSchema>;
export type KpiRowRead = z.infer<typeof kpiRowSchema>;
