import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { seriesDefaults } from "@/meeting/model/series-config/series-config";
import type { MeetingTemplate } from "@/meeting/model/templates/types";
import { defaultWorkingTime } from "@/meeting/model/time/working-time";
import { getTemplateRules } from "@/meeting/model/templates/rules";

export interface SetupPerson {
  /** The person key (docs/architecture.md §4): their directory object id. */
  key: string;
  name: string;
}

export interface SetupContext {
  seriesId: string;
  title: string;
  organizer: SetupPerson;
  attendees: SetupPerson[];
  firstOccurrenceKey: string;
  editor: string;
}

/**
 * Speakers default to the attendees in invitation order, leaving out the host and the note-taker,
 * one per speaker slot and each person once: in a team smaller than the template's slots the rest
 * stay open for the organizer to fill, rather than one person reporting in three sections.
 */
export function assignDefaultSpeakers(template: MeetingTemplate, candidates: string[]): Record<string, string[]> {
  const speakers: Record<string, string[]> = {};
  const queue = [...new Set(candidates)];
  for (const section of template.sections) {
    if (section.role !== "speaker") continue;
    speakers[section.id] = queue.splice(0, section.speakers);
  }
  return speakers;
}

export function createDefaultConfig(
  context: SetupContext,
  template: MeetingTemplate,
  workspace: SeriesConfig["workspace"],
  now: Date,
): SeriesConfig {
  const people = [context.organizer, ...context.attendees].map((p) => p.key);
  const candidates = context.attendees.map((a) => a.key).filter((key) => key !== context.organizer.key);
  return {
    schemaVersion: 1,
    seriesId: context.seriesId,
    title: context.title,
    template: structuredClone(template),
    workspace,
    host: template.hostRotates
      ? { mode: "rotating", order: people, startsAt: context.firstOccurrenceKey }
      : { mode: "fixed", host: context.organizer.key },
    speakers: assignDefaultSpeakers(template, candidates),
    reportDue: { ...seriesDefaults.reportDue },
    noticeLeadHours: seriesDefaults.noticeLeadHours,
    attendance: {
      leaveCutoffHours: seriesDefaults.attendance.leaveCutoffHours,
      leaveCutoffWorkingDays: seriesDefaults.attendance.leaveCutoffWorkingDays,
      lateness: { kind: "none" },
    },
    workingTime: { ...defaultWorkingTime, weekdays: [...defaultWorkingTime.weekdays] },
    rules: getTemplateRules(template.id),
    updatedBy: context.editor,
    updatedAt: now.toISOString(),
  };
}

/**
 * Switching template keeps the people choices that still fit, re-deals speakers for new sections
 * and takes the new template's rules (docs/domain.md §6).
 */
export function applyTemplate(config: SeriesConfig, template: MeetingTemplate, attendees: string[]): SeriesConfig {
  const candidates = attendees.filter((key) => key !== config.noteTaker);
  return {
    ...config,
    template: structuredClone(template),
    speakers: assignDefaultSpeakers(template, candidates),
    rules: getTemplateRules(template.id),
  };
}

/** The note-taker records rather than reports: choosing one takes them out of the speaker slots and the rotation. */
export function setNoteTaker(
  config: SeriesConfig,
  noteTaker: string,
  attendees: string[],
  organizer: string,
): SeriesConfig {
  const candidates = attendees.filter((key) => key !== noteTaker && key !== organizer);
  const host =
    config.host.mode === "rotating"
      ? { ...config.host, order: config.host.order.filter((key) => key !== noteTaker) }
      : config.host;
  return { ...config, noteTaker, host, speakers: assignDefaultSpeakers(config.template, candidates) };
}
