import type { Bilingual } from "@/lib/i18n/bilingual";
/** The report field catalogue (docs/domain.md §4): each speaker's form is built from these. */
export type ReportFieldId =
  | "review"
  | "staffing"
  | "revenue"
  | "financialAnalysis"
  | "complaints"
  | "onlineReviews"
  | "problems"
  | "suggestions"
  | "plan"
  | "expectedResult"
  | "helpNeeded"
  | "supervisor"
  | "notCompletedReasons"
  | "kpis"
  | "receivables";

export type SectionKind = "opening" | "review" | "reports" | "discussion" | "leadership" | "summary";

export type SectionRole = "host" | "speaker" | "leadership" | "all";

export interface TemplateSection {
  id: string;
  kind: SectionKind;
  title: Bilingual;
  role: SectionRole;
  /** Who speaks, e.g. a department; speakers are resolved to attendees per series. */
  speakerLabel?: Bilingual;
  speakers: number;
  minutesPerSpeaker: number;
  fields: ReportFieldId[];
}

export interface TemplateSlot {
  /** 1 = Monday … 7 = Sunday; or a day of the month. */
  weekday?: number;
  dayOfMonth?: number;
  start: string;
}

export interface MeetingTemplate {
  id: string;
  name: Bilingual;
  description: Bilingual;
  slot: TemplateSlot;
  capMinutes: number;
  hostRotates: boolean;
  sections: TemplateSection[];
}
