// The minutes as a Word document, laid out like a Chinese company's 会议记录 form (docs/domain.md §5):
// title, a header table (会议名称, 会议时间, 会议地点, 主持人, 记录人,
// 应到/实到, 缺席及请假, 会议主题), attendance, per agenda item the notes and decisions, the action
// table with owner, date and standard (决策要突出承担行动的责任人、具体完成时间及标准), and the
// attendees' confirmation (交给每位参会人员确认).
// NOTE: this module pulls in `docx` (hundreds of KB): load it with `import()` when publishing,
// never from a module used at start-up (see index.ts, loadMinutesDocx).
import { Document, Packer } from "docx";
import type { Paragraph, Table } from "docx";
import type { LatenessPolicy } from "@/meeting/model/series-config/series-config";
import type { MinutesRecord } from "@/meeting/model/records/minutes-record";
import { isFining, resolveName, summarizeAttendance } from "./attendance-summary";
import type { AttendancePerson, AttendanceSummary } from "./attendance-summary";
import { FONT_TABLE_OVERRIDE } from "./docx-font-table";
import { A4, BODY_SIZE, CONTENT_WIDTH, heading, MARGINS, paragraph, table, title } from "./docx-blocks";
import type { CellSpec } from "./docx-blocks";
import { sharedLabels } from "./labels";
import type { MinutesLanguage } from "./labels";
import { minutesDocxLabels } from "./minutes-docx-labels";
import type { MinutesDocxLabels } from "./minutes-docx-labels";

export interface MinutesDocxInput {
  language: MinutesLanguage;
  minutes: MinutesRecord;
  /** Pre-formatted in the series' time zone, e.g. "2026年11月30日（周一）13:30–15:00". */
  dateTime: string;
  /** The room, if any; the Teams join link from the minutes is added below it. */
  place?: string;
  /** 会议主题, e.g. "汇报工作、公司近期发展动态及相关工作安排". */
  theme?: string;
  displayNames: Readonly<Record<string, string>>;
  /** The series' lateness policy (docs/domain.md §6); adds a penalty column when it fines. */
  lateness?: LatenessPolicy;
  /** Due dates as readers expect them; defaults to the stored YYYY-MM-DD. */
  formatDueDate?: (isoDate: string) => string;
}

/**
 * Fonts, per script through w:rFonts (ascii/hAnsi for Latin, eastAsia for Chinese): 宋体 by its
 * registered name "SimSun" for Chinese — what Chinese company forms use — and a common serif (or
 * Calibri in English) for Latin text. Where SimSun is missing, the font table (docx-font-table.ts)
 * tells Word and WPS what to substitute.
 */
const FONTS: Record<MinutesLanguage, { ascii: string; hAnsi: string; cs: string; eastAsia: string }> = {
  "zh-CN": { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia: "SimSun" },
  "en-US": { ascii: "Calibri", hAnsi: "Calibri", cs: "Calibri", eastAsia: "SimSun" },
};

export async function buildMinutesDocx(input: MinutesDocxInput): Promise<Uint8Array> {
  const labels = minutesDocxLabels[input.language];
  const attendance = summarizeAttendance(input.minutes, input.displayNames, input.lateness);
  const documentTitle = `${input.minutes.meetingTitle} ${labels.title}`;
  const document = new Document({
    title: documentTitle,
    creator: input.minutes.noteTaker ? resolveName(input.minutes.noteTaker, input.displayNames) : "Meetloop",
    description: labels.title,
    styles: {
      default: {
        document: {
          run: { font: FONTS[input.language], size: BODY_SIZE, language: { value: input.language, eastAsia: "zh-CN" } },
          paragraph: { spacing: { line: 300 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGINS } },
        children: [
          title(input.minutes.version > 1 ? `${labels.title}${labels.version(input.minutes.version)}` : labels.title),
          headerTable(input, attendance, labels),
          heading(`${labels.headingNumber(0)}${labels.attendanceHeading}`),
          attendanceTable(input, attendance, labels),
          ...latenessNote(input.language, attendance),
          heading(`${labels.headingNumber(1)}${labels.contentHeading}`),
          ...agendaItems(input, labels),
          heading(`${labels.headingNumber(2)}${labels.actionsHeading}`),
          ...actionTable(input, labels),
          heading(`${labels.headingNumber(3)}${labels.confirmationHeading}`),
          paragraph(labels.confirmation, { spacingAfter: 240 }),
          paragraph(`${labels.signature}${"_".repeat(36)}    ${labels.date}${"_".repeat(14)}`),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [FONT_TABLE_OVERRIDE]));
}

function headerTable(input: MinutesDocxInput, attendance: AttendanceSummary, labels: MinutesDocxLabels): Table {
  const { minutes } = input;
  const name = (upn: string | undefined) =>
    upn
      ? resolveName(upn, input.displayNames, minutes.attendees.find((a) => a.upn === upn)?.name)
      : sharedLabels[input.language].notAssigned;
  const place = [input.place, minutes.joinUrl]
    .filter((part): part is string => typeof part === "string" && part.trim() !== "")
    .join("\n");
  const wide = (label: string, text: string): CellSpec[] => [
    { text: label, label: true },
    { text, columnSpan: 3 },
  ];
  const rows: CellSpec[][] = [
    wide(labels.meetingName, minutes.meetingTitle),
    wide(labels.meetingTime, input.dateTime),
    wide(labels.place, place || labels.none),
    [
      { text: labels.host, label: true },
      { text: name(minutes.host) },
      { text: labels.noteTaker, label: true },
      { text: name(minutes.noteTaker) },
    ],
    wide(labels.headcount, labels.expectedAttended(attendance.expected, attendance.attended)),
    wide(labels.absentAndLeave, describeAbsentees(attendance.people, input.language) || labels.none),
    wide(labels.theme, input.theme?.trim() ? input.theme : labels.none),
  ];
  const labelWidth = 1500;
  const valueWidth = (CONTENT_WIDTH - 2 * labelWidth) / 2;
  return table([labelWidth, valueWidth, labelWidth, valueWidth], rows);
}

/** "刘洋（请假：外出拜访客户）、赵磊（缺席）" */
function describeAbsentees(people: readonly AttendancePerson[], language: MinutesLanguage): string {
  const shared = sharedLabels[language];
  const open = language === "zh-CN" ? "（" : " (";
  const close = language === "zh-CN" ? "）" : ")";
  const colon = language === "zh-CN" ? "：" : ": ";
  return people
    .filter((person) => person.status === "leave" || person.status === "absent")
    .map(
      (person) =>
        `${person.name}${open}${shared.status[person.status]}${person.note ? `${colon}${person.note}` : ""}${close}`,
    )
    .join(shared.listSeparator);
}

function attendanceTable(input: MinutesDocxInput, attendance: AttendanceSummary, labels: MinutesDocxLabels): Table {
  const shared = sharedLabels[input.language];
  const columns = labels.attendanceColumns;
  const fines = input.lateness !== undefined && input.lateness.kind !== "none";
  const header: CellSpec[] = [
    { text: columns.number },
    { text: columns.name },
    { text: columns.status },
    { text: columns.minutesLate },
    ...(fines ? [{ text: columns.penalty }] : []),
    { text: columns.note },
  ];
  const rows = attendance.people.map((person, index): CellSpec[] => [
    { text: String(index + 1), center: true },
    { text: person.name },
    { text: shared.status[person.status], center: true },
    { text: person.lateMinutes === undefined ? "" : String(person.lateMinutes), center: true },
    ...(fines ? [{ text: person.penalty === undefined ? "" : labels.penalty(person.penalty), center: true }] : []),
    { text: person.note ?? "" },
  ]);
  const fixed = fines ? [600, 1700, 1100, 1300, 1500] : [600, 1900, 1200, 1400];
  return table([...fixed, CONTENT_WIDTH - fixed.reduce((sum, w) => sum + w, 0)], [header, ...rows], {
    headerRow: true,
  });
}

/** Under the table: the policy the penalty column follows, and what it came to (docs/domain.md §6). */
function latenessNote(language: MinutesLanguage, attendance: AttendanceSummary): Paragraph[] {
  if (!isFining(attendance.lateness)) return [];
  const shared = sharedLabels[language];
  const total =
    attendance.counts.late > 0 ? `${shared.listSeparator}${shared.penaltyTotal(attendance.penaltyTotal)}` : "";
  return [paragraph(`${shared.latenessPolicy(attendance.lateness)}${total}`, { spacingAfter: 120 })];
}

function agendaItems(input: MinutesDocxInput, labels: MinutesDocxLabels): Paragraph[] {
  return input.minutes.items.flatMap((item, index) => {
    const decisions =
      item.decisions.length === 0
        ? [paragraph(labels.noDecisions, { indent: 420 })]
        : item.decisions.map((decision, n) =>
            paragraph(`${labels.decisionNumber(n)}${decision.text}`, { indent: 420 }),
          );
    return [
      paragraph(`${index + 1}. ${item.title}`, { bold: true, spacingAfter: 80 }),
      ...(item.notes.trim()
        ? [paragraph(labels.notes, { bold: true, indent: 420 }), paragraph(item.notes, { indent: 420 })]
        : []),
      paragraph(labels.decisions, { bold: true, indent: 420 }),
      ...decisions,
    ];
  });
}

function actionTable(input: MinutesDocxInput, labels: MinutesDocxLabels): (Paragraph | Table)[] {
  const { actions } = input.minutes;
  if (actions.length === 0) return [paragraph(labels.noActions)];
  const columns = labels.actionColumns;
  const priority = sharedLabels[input.language].priority;
  const formatDue = input.formatDueDate ?? ((date: string) => date);
  const header: CellSpec[] = [
    columns.number,
    columns.what,
    columns.owner,
    columns.due,
    columns.standard,
    columns.supervisor,
    columns.priority,
  ].map((text) => ({ text }));
  const rows = actions.map((action, index): CellSpec[] => [
    { text: String(index + 1), center: true },
    { text: action.what },
    { text: resolveName(action.owner, input.displayNames, action.ownerName), center: true },
    { text: formatDue(action.due), center: true },
    { text: action.standard },
    {
      text: action.supervisor ? resolveName(action.supervisor, input.displayNames, action.supervisorName) : "",
      center: true,
    },
    { text: priority[action.priority], center: true },
  ]);
  const fixed = [600, 1900, 1000, 1150, 0, 1000, 750];
  fixed[4] = CONTENT_WIDTH - fixed.reduce((sum, w) => sum + w, 0);
  return [table(fixed, [header, ...rows], { headerRow: true })];
}
