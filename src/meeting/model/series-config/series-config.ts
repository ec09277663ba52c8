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

export const seriesConfigSchema = z.object({
  schemaVersion: z.literal(1),
  chatId: z.string(),
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
  /** Template section id → attendees (UPN) who speak there, in order. */
  speakers: z.record(z.string(), z.array(z.string())),
  reportDue: z.object({ workingDaysBefore: z.number().check(z.int(), z.gte(0), z.lte(10)), time: z.string() }),
  noticeLeadHours: z.number().check(z.gte(0), z.lte(168)),
  attendance: z.object({ leaveCutoffHours: z.number().check(z.gte(0), z.lte(720)), lateness: latenessSchema }),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

export type SeriesConfig = z.infer<typeof seriesConfigSchema>;
export type HostRuleConfig = SeriesConfig["host"];
export type LatenessPolicy = SeriesConfig["attendance"]["lateness"];

/** Defaults the documents give: reports due the working day before at 18:00, notice half a working day ahead, leave one day ahead. */
export const seriesDefaults = {
  reportDue: { workingDaysBefore: 1, time: "18:00" },
  noticeLeadHours: 4,
  attendance: { leaveCutoffHours: 24, lateness: { kind: "none" } as LatenessPolicy },
} as const;

export function toTemplate(config: SeriesConfig): MeetingTemplate {
  return config.template;
}
