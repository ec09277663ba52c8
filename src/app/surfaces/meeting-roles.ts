import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import type { Bilingual, ReportFieldId } from "@/meeting/model/templates/types";

export interface SpeakerSlot {
  upn: string;
  name: string;
  sectionId: string;
  sectionTitle: Bilingual;
}

export function isSamePerson(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

export function listSpeakerSlots(config: SeriesConfig, names: Readonly<Record<string, string>>): SpeakerSlot[] {
  return config.template.sections.flatMap((section) =>
    (config.speakers[section.id] ?? []).map((upn) => ({
      upn,
      name: names[upn.toLowerCase()] ?? upn,
      sectionId: section.id,
      sectionTitle: section.speakerLabel ?? section.title,
    })),
  );
}

/** The sections the viewer reports in, with the fields of each. */
export function listMySections(
  config: SeriesConfig,
  me: string | undefined,
): { sectionId: string; title: Bilingual; fields: ReportFieldId[] }[] {
  return config.template.sections
    .filter((section) => (config.speakers[section.id] ?? []).some((upn) => isSamePerson(upn, me)))
    .map((section) => ({ sectionId: section.id, title: section.title, fields: section.fields }));
}
