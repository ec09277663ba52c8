// A series' configuration, stored in its workspace (the "series" record list) and shared by every
// attendee: the template copy it runs, who hosts and takes notes, who speaks where, and its rules.
import * as z from "zod/mini";
import { reportFieldIds } from "../templates/report-fields";
import type { MeetingTemplate } from "../templates/types";

const bilingual = z.object({ zh: z.string(), en: z.string() });

const templateSectionSchema = z.object({
  id: z.string(),
  kind: z.enum(["opening", "review", "reports", "discussion", "leadership", "summary"]),
  title: bilingual,
  role: z.enum(["host", "speaker", "leadership", "all"]),
  speakerLabel: z.optional(bilingual),
  speakers: z.number().check(z.int(), z.gte(0), z.lte(50)),
  minutesPerSpeaker: z.number().check(z.gte(0), z.lte(600)),
  fields: z.array(z.enum(reportFieldIds)),
});

export const templateSchema = z.object({
  id: z.string(),
  name: bilingual,
  description: bilingual,
  slot: z.object({ weekday: z.optional(z.number()), dayOfMonth: z.optional(z.number()), start: z.string() }),
  capMinutes: z.number().check(z.int(), z.gte(1), z.lte(1440)),
  hostRotates: z.boolean(),
  sections: z.array(templateSectionSchema),
});

const hostRuleSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("fixed"), host: z.string() }),
  z.object({ mode: z.literal("rotating"), order: z.array(z.string()), startsAt: z.string() }),
]);

const latenessSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({ kind: z.literal("flat"), amount: z.number().check(z.gte(0)) }),
  z.object({ kind: z.literal("perMinute"), amount: z.number().check(z.gte(0)) }),
]);

// Added after the first release: a stored config without it counts in the default working hours.
const workingTimeSchema = z.object({
  weekdays: z.array(z.number().check(z.int(), z.gte(0), z.lte(6))),
  start: z.string(),
  end: z.string(),
  publicHolidays: z.enum(["cn-mainland", "none"]),
});

const meetingRuleSchema = z.object({
  kind: z.enum(["requirement", "discipline"]),
  text: z.object({ zh: z.string().check(z.maxLength(1000)), en: z.string().check(z.maxLength(1000)) }),
});

export const seriesConfigSchema = z.object({
  schemaVersion: z.literal(1),
  seriesId: z.string(),
  title: z.string(),
  template: templateSchema,
  workspace: z.object({
    groupId: z.string(),
    groupName: z.string(),
    siteId: z.string(),
    planId: z.string(),
    planTitle: z.string(),
  }),
  host: hostRuleSchema,
  noteTaker: z.optional(z.string()),
  /** Template section id → attendees (person keys) who speak there, in order. */
  speakers: z.record(z.string(), z.array(z.string())),
  /**
   * Person key → the department they report for (e.g. 运营部), named by the organizer where a section
   * has several speakers: the directory's `department` is not in the basic profile the app may read
   * (User.ReadBasic.All, https://learn.microsoft.com/graph/permissions-reference). Optional: added later.
   */
  departments: z.optional(z.record(z.string(), z.string().check(z.maxLength(60)))),
  reportDue: z.object({ workingDaysBefore: z.number().check(z.int(), z.gte(0), z.lte(10)), time: z.string() }),
  /** Working hours before the meeting the agenda notice is due. */
  noticeLeadHours: z.number().check(z.gte(0), z.lte(168)),
  attendance: z.object({
    /** Kept for configs written before leaveCutoffWorkingDays: 24 hours read as one working day. */
    leaveCutoffHours: z.number().check(z.gte(0), z.lte(720)),
    leaveCutoffWorkingDays: z.optional(z.number().check(z.gte(0), z.lte(30))),
    lateness: latenessSchema,
  }),
  workingTime: z.optional(workingTimeSchema),
  /**
   * The series' 会议要求 and 会议纪律 (docs/domain.md §6). Optional: a configuration stored before
   * rules existed has none, and reads as its template's (getSeriesRules).
   */
  rules: z.optional(z.array(meetingRuleSchema).check(z.maxLength(50))),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

export type SeriesConfig = z.infer<typeof seriesConfigSchema>;

// The stored payload calls the series "chatId" (the meeting chat's thread id is the series' identity,
// docs/architecture.md §4); records in customers' lists keep that name, so it is mapped here, once.
export const storedSeriesConfigSchema = z.extend(z.omit(seriesConfigSchema, { seriesId: true }), {
  chatId: z.string(),
});
export type StoredSeriesConfig = z.infer<typeof storedSeriesConfigSchema>;

export function toStoredSeriesConfig({ seriesId, ...rest }: SeriesConfig): StoredSeriesConfig {
  return { ...rest, chatId: seriesId };
}

export function fromStoredSeriesConfig({ chatId, ...rest }: StoredSeriesConfig): SeriesConfig {
  return { ...rest, seriesId: chatId };
}

/** Reads a stored payload as a SeriesConfig: the schema record reads take (getRecord, readRecordItem). */
export const seriesConfigRecordSchema = {
  safeParse(input: unknown): { success: true; data: SeriesConfig } | { success: false; error: unknown } {
    const result = storedSeriesConfigSchema.safeParse(input);
    return result.success ? { success: true, data: fromStoredSeriesConfig(result.data) } : result;
  },
};
export type HostRuleConfig = SeriesConfig["host"];
export type LatenessPolicy = SeriesConfig["attendance"]["lateness"];

/**
 * Defaults the documents give: reports due the working day before at 18:00, notice half a working day
 * ahead (4 working hours), leave one working day ahead.
 */
export const seriesDefaults = {
  reportDue: { workingDaysBefore: 1, time: "18:00" },
  noticeLeadHours: 4,
  attendance: { leaveCutoffHours: 24, leaveCutoffWorkingDays: 1, lateness: { kind: "none" } as LatenessPolicy },
} as const;

export function toTemplate(config: SeriesConfig): MeetingTemplate {
  return config.template;
}
