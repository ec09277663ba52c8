// A speaker's report for one agenda section of one occurrence (docs/domain.md §4), as stored in the
// workspace's "reports" list. What people type is kept as typed: KPI cells stay strings (so
// "1,234" or "十万" survive a round trip and can be fixed) and percentages are computed on display,
// never stored. Strict: this is what the report form writes; readers use read-schemas.ts.
import * as z from "zod/mini";

export const kpiRowSchema = z.object({
  metric: z.string(),
  unit: z.string(),
  target: z.string(),
  actual: z.string(),
  lastYear: z.string(),
});

export const problemRowSchema = z.object({ problem: z.string(), solution: z.string() });

/** `target` is a department or a person, as the speaker names them. */
export const helpRowSchema = z.object({ target: z.string(), what: z.string() });

/** `upn` is empty when the speaker typed a name that is not one of the suggested people. */
export const personSchema = z.object({ upn: z.string(), name: z.string() });

/** 客诉情况: how many complaints came in (kept as typed, like KPI cells) and how they were handled. */
export const complaintsSchema = z.object({ count: z.string(), handling: z.string() });

/** 美团点评情况, one row per platform: the shop's rating (0–5) and the reviews new this period. */
export const reviewRowSchema = z.object({ platform: z.string(), rating: z.string(), newReviews: z.string() });

export const reportFieldsSchema = z.object({
  review: z.optional(z.string()),
  staffing: z.optional(z.string()),
  revenue: z.optional(z.array(kpiRowSchema)),
  financialAnalysis: z.optional(z.string()),
  complaints: z.optional(complaintsSchema),
  onlineReviews: z.optional(z.array(reviewRowSchema)),
  problems: z.optional(z.array(problemRowSchema)),
  suggestions: z.optional(z.array(z.string())),
  plan: z.optional(z.array(z.string())),
  expectedResult: z.optional(z.string()),
  helpNeeded: z.optional(z.array(helpRowSchema)),
  supervisor: z.optional(personSchema),
  notCompletedReasons: z.optional(z.string()),
  kpis: z.optional(z.array(kpiRowSchema)),
  receivables: z.optional(z.array(kpiRowSchema)),
});

export const reportValueSchema = z.object({
  schemaVersion: z.literal(1),
  sectionId: z.string(),
  /** Person key of the speaker, lower-cased: their object id (a UPN in older records). */
  author: z.string(),
  fields: reportFieldsSchema,
  /**
   * When the report was first submitted (ISO). Updates keep it — the stored record's modifiedAt
   * says when it last changed — so fixing a typo after the due time does not make an on-time
   * report late.
   */
  submittedAt: z.string(),
  /** 1 for the first submit, +1 for every update. */
  revision: z.number(),
});

export type KpiRow = z.infer<typeof kpiRowSchema>;
export type ProblemRow = z.infer<typeof problemRowSchema>;
export type HelpRow = z.infer<typeof helpRowSchema>;
export type Complaints = z.infer<typeof complaintsSchema>;
export type ReviewRow = z.infer<typeof reviewRowSchema>;
export type ReportPerson = z.infer<typeof personSchema>;
export type ReportFields = z.infer<typeof reportFieldsSchema>;
export type ReportValue = z.infer<typeof reportValueSchema>;
