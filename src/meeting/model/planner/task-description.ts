// What a published action item's Planner task description says, written and read in this one
// module (docs/domain.md §5): the standard of done (验收标准) first, then the decision it came from (or its agenda item),
// the supervisor and the link to the minutes, one labelled line each. My meetings reads the
// standard back; a task made by hand in Planner has free text, which reads as no standard.

export interface TaskDescription {
  standard: string;
  decision?: string;
  /** The agenda item, for an action recorded without a decision. */
  agendaItem?: string;
  supervisor?: string;
  minutesUrl?: string;
}

const labels = {
  standard: "验收标准",
  decision: "来源决议",
  agendaItem: "来源议程",
  supervisor: "监督人",
  minutesUrl: "会议纪要",
} as const;
/** Written for an empty standard, so the line is still there for the owner to see. */
const noStandard = "—";

export function writeTaskDescription(content: TaskDescription): string {
  const lines = [`${labels.standard}：${content.standard.trim() || noStandard}`];
  for (const field of ["decision", "agendaItem", "supervisor", "minutesUrl"] as const) {
    const value = content[field]?.trim() ?? "";
    if (value !== "") lines.push(`${labels[field]}：${value}`);
  }
  return lines.join("\n");
}

const labelLine = new RegExp(`^\\s*(${Object.values(labels).join("|")}|Standard of done)\\s*[:：]\\s?(.*)$`);

/**
 * The labelled parts of a description. A standard may run over several lines: it lasts until the
 * next labelled line. Undefined standard when the description has none (or only the empty mark).
 */
export function readTaskDescription(description: string): Partial<TaskDescription> {
  const parts: Record<string, string[]> = {};
  let current: string | undefined;
  for (const line of description.replace(/\r\n?/g, "\n").split("\n")) {
    const match = labelLine.exec(line);
    if (match) {
      current = match[1] === "Standard of done" ? labels.standard : match[1];
      parts[current ?? ""] = [match[2] ?? ""];
    } else if (current === labels.standard) {
      parts[current]?.push(line);
    }
  }
  const read = (label: string): string | undefined => {
    const text = parts[label]?.join("\n").trim();
    return text === undefined || text === "" ? undefined : text;
  };
  const standard = read(labels.standard);
  return {
    ...(standard !== undefined && standard !== noStandard ? { standard } : {}),
    ...optional("decision", read(labels.decision)),
    ...optional("agendaItem", read(labels.agendaItem)),
    ...optional("supervisor", read(labels.supervisor)),
    ...optional("minutesUrl", read(labels.minutesUrl)),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
