// What the minutes start from, gathered from the other features' data: the agenda's items in the
// viewer's language with their speakers, everyone invited as attendees, and each help-needed row of
// the submitted reports as a candidate action item (docs/domain.md §4–§5). Pure, so tested.
import type { HelpRequest, MinutesAgendaItem } from "@/features/minutes";
import type { Person } from "@/features/series";
import { pickBilingual } from "@/lib/i18n/bilingual";
import type { StoredRecord } from "@/meeting/api/workspace/types";
import type { MinutesPerson } from "@/meeting/model/records/minutes-record";
import type { ReportValue } from "@/meeting/model/records/report-record";
import type { Bilingual } from "@/lib/i18n/bilingual";

export interface MinutesSourcesInput {
  agendaItems: readonly { id: string; title: Bilingual; minutes: number; speaker?: string | undefined }[];
  reports: readonly StoredRecord<ReportValue>[];
  /** The organizer first, then the attendees, as the series lists them. */
  people: readonly Person[];
  /** Display names keyed by UPN (as given and lower-cased). */
  names: Readonly<Record<string, string>>;
  language: "zh-CN" | "en-US";
}

export interface MinutesSources {
  agendaItems: MinutesAgendaItem[];
  attendees: MinutesPerson[];
  helpRequests: HelpRequest[];
}

export function buildMinutesSources({
  agendaItems,
  reports,
  people,
  names,
  language,
}: MinutesSourcesInput): MinutesSources {
  const nameOf = (upn: string): string => names[upn] ?? names[upn.toLowerCase()] ?? upn;
  return {
    agendaItems: agendaItems.map((item) => ({
      id: item.id,
      title: pickBilingual(item.title, language),
      minutes: item.minutes,
      ...(item.speaker ? { speaker: { upn: item.speaker, name: nameOf(item.speaker) } } : {}),
    })),
    // A distribution list is no one who attends; its members come as themselves.
    attendees: people
      .filter((person) => person.kind !== "distributionList")
      .map((person) => ({
        upn: person.key,
        name: person.name,
        ...(person.id === undefined ? {} : { id: person.id }),
        kind: person.kind,
      })),
    helpRequests: reports.flatMap((report) =>
      (report.value.fields.helpNeeded ?? []).map((help, index) => ({
        reportKey: report.key,
        index,
        from: { upn: report.value.author, name: nameOf(report.value.author) },
        target: help.target,
        what: help.what,
      })),
    ),
  };
}
