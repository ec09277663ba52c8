import type { MeetingTemplate, TemplateSection } from "./types";

export function getSectionMinutes(section: Pick<TemplateSection, "speakers" | "minutesPerSpeaker">): number {
  return section.speakers * section.minutesPerSpeaker;
}

export function getTemplateMinutes(template: Pick<MeetingTemplate, "sections">): number {
  return template.sections.reduce((sum, s) => sum + getSectionMinutes(s), 0);
}
