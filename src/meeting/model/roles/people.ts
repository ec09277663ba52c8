// Who is who in a series (docs/domain.md §2). People are keyed by userPrincipalName today; a UPN's
// case and stray spaces vary between Graph's answers, so two names are the same person
// case-insensitively.
import type { SeriesConfig } from "../series-config/series-config";
import type { ReportFieldId } from "../templates/types";
import type { Bilingual } from "@/lib/i18n/bilingual";

export function isSamePerson(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

export interface SpeakerSlot {
  upn: string;
  name: string;
  sectionId: string;
  sectionTitle: Bilingual;
}

/** Every speaker of the series, per section in template order; `names` is keyed by lower-cased UPN. */
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

export interface MySection {
  sectionId: string;
  /** The section's agenda title, e.g. 各部门负责人汇报. */
  title: Bilingual;
  /** What the speaker is called there, e.g. 部门负责人 (the title when the template names none). */
  speakerLabel: Bilingual;
  fields: ReportFieldId[];
}

/** The sections `me` reports in, in template order, with the fields each asks for. */
export function listMySections(config: SeriesConfig, me: string | undefined): MySection[] {
  return config.template.sections
    .filter((section) => (config.speakers[section.id] ?? []).some((upn) => isSamePerson(upn, me)))
    .map((section) => ({
      sectionId: section.id,
      title: section.title,
      speakerLabel: section.speakerLabel ?? section.title,
      fields: section.fields,
    }));
}
