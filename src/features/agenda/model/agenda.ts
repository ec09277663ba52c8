// An occurrence's agenda, generated from the series' template and then edited by the host.
// Pure state transitions: each host command (reorder, retime, add, remove) returns a new agenda.
import type { ReportFieldId, SectionKind, MeetingTemplate } from "@/meeting/model/templates/types";
import type { Bilingual } from "@/lib/i18n/bilingual";

export interface AgendaItem {
  id: string;
  sectionId?: string;
  kind: SectionKind | "topic";
  title: Bilingual;
  /** Person key (object id) of whoever speaks to this item, when one does. */
  speaker?: string;
  minutes: number;
  fields: ReportFieldId[];
  /** Who raised a topic during the week. */
  raisedBy?: string;
}

export interface Agenda {
  occurrenceKey: string;
  host?: string;
  noteTaker?: string;
  items: AgendaItem[];
}

export interface Topic {
  id: string;
  title: string;
  raisedBy: string;
  minutes: number;
}

export interface AgendaInputs {
  template: MeetingTemplate;
  occurrenceKey: string;
  host?: string;
  noteTaker?: string;
  /** Section id → the attendees (UPNs) who speak in it, in order. */
  speakers: Record<string, string[]>;
  topics: Topic[];
}

/** One item per speaker for report sections; the week's topics go before the leadership's close. */
export function generateAgenda(inputs: AgendaInputs): Agenda {
  const items: AgendaItem[] = [];
  const topicItems: AgendaItem[] = inputs.topics.map((topic) => ({
    id: `topic-${topic.id}`,
    kind: "topic",
    title: { zh: topic.title, en: topic.title },
    minutes: topic.minutes,
    fields: [],
    raisedBy: topic.raisedBy,
  }));
  let topicsPlaced = false;
  for (const section of inputs.template.sections) {
    if (!topicsPlaced && (section.kind === "leadership" || section.kind === "summary")) {
      items.push(...topicItems);
      topicsPlaced = true;
    }
    const assigned = inputs.speakers[section.id] ?? [];
    if (section.role === "speaker" && assigned.length > 0) {
      assigned.forEach((speaker, i) => {
        items.push({
          id: `${section.id}-${String(i + 1)}`,
          sectionId: section.id,
          kind: section.kind,
          title: section.title,
          speaker,
          minutes: section.minutesPerSpeaker,
          fields: section.fields,
        });
      });
    } else {
      items.push({
        id: section.id,
        sectionId: section.id,
        kind: section.kind,
        title: section.title,
        minutes: section.speakers * section.minutesPerSpeaker,
        fields: section.fields,
      });
    }
  }
  if (!topicsPlaced) items.push(...topicItems);
  return { occurrenceKey: inputs.occurrenceKey, host: inputs.host, noteTaker: inputs.noteTaker, items };
}

export function moveItem(agenda: Agenda, itemId: string, toIndex: number): Agenda {
  const from = agenda.items.findIndex((i) => i.id === itemId);
  const item = agenda.items[from];
  if (!item) return agenda;
  const rest = agenda.items.filter((i) => i.id !== itemId);
  const target = Math.max(0, Math.min(toIndex, rest.length));
  return { ...agenda, items: [...rest.slice(0, target), item, ...rest.slice(target)] };
}

export function retimeItem(agenda: Agenda, itemId: string, minutes: number): Agenda {
  const safe = Math.max(0, Math.round(minutes));
  return { ...agenda, items: agenda.items.map((i) => (i.id === itemId ? { ...i, minutes: safe } : i)) };
}

export function removeItem(agenda: Agenda, itemId: string): Agenda {
  return { ...agenda, items: agenda.items.filter((i) => i.id !== itemId) };
}

export function addItem(agenda: Agenda, item: AgendaItem, atIndex = agenda.items.length): Agenda {
  const items = [...agenda.items];
  items.splice(Math.max(0, Math.min(atIndex, items.length)), 0, item);
  return { ...agenda, items };
}
