// The agenda notice posted to the meeting chat before the meeting (docs/domain.md §1 "Before"; docs/architecture.md §2).
// One language per card — the poster's — because a chat message cannot follow each reader's locale.
// Everything a person typed or chose (meeting title, names, item titles) goes through `plainText`;
// TextBlocks carry only the labels below and numbers we format ourselves.
import {
  createCard,
  fitCard,
  getCardMessageSizeBytes,
  largestFittingCount,
  plainText,
  SUMMARY_MAX_BYTES,
  TEAMS_MESSAGE_LIMIT_BYTES,
} from "@/lib/cards";
import type { AdaptiveCard, CardElement, ColumnSet, FitCardOptions, OpenUrlAction, TextBlock } from "@/lib/cards";
import type { Agenda } from "./agenda";
import type { RuleLines } from "@/meeting/model/series-config/meeting-rules";
import { describeCardWhen, formatCardClock, joinCardWhen } from "@/lib/time/format-card-when";
import { getItemStartOffsets } from "./time-check";

export type AgendaCardLanguage = "zh-CN" | "en-US";

interface AgendaCardLabels {
  notice: string;
  host: string;
  noteTaker: string;
  reports: string;
  notAssigned: string;
  agenda: (totalMinutes: number) => string;
  timeBox: (minutes: number) => string;
  submitted: (submitted: number, expected: number) => string;
  updated: (revision: number) => string;
  more: (count: number) => string;
  itemCount: (count: number) => string;
  fillReport: string;
  openAgenda: string;
  rules: string;
  ruleSeparator: string;
}

export const agendaCardLabels: Record<AgendaCardLanguage, AgendaCardLabels> = {
  "zh-CN": {
    notice: "会议议程",
    host: "主持人",
    noteTaker: "记录人",
    reports: "汇报",
    notAssigned: "未指定",
    agenda: (total) => `议程（共 ${total} 分钟）`,
    timeBox: (minutes) => `${minutes} 分钟`,
    submitted: (submitted, expected) => `已提交 ${submitted}/${expected}`,
    updated: (revision) => `议程已更新（第 ${revision} 版）`,
    more: (count) => `还有 ${count} 项…`,
    itemCount: (count) => `共 ${count} 项，请打开议程查看`,
    fillReport: "填写我的汇报",
    openAgenda: "打开议程",
    rules: "会议要求与纪律",
    ruleSeparator: " ",
  },
  "en-US": {
    notice: "Meeting agenda",
    host: "Host",
    noteTaker: "Note-taker",
    reports: "Reports",
    notAssigned: "Not assigned",
    agenda: (total) => `Agenda (${total} min)`,
    timeBox: (minutes) => `${minutes} min`,
    submitted: (submitted, expected) => `${submitted} of ${expected} submitted`,
    updated: (revision) => `Agenda updated (version ${revision})`,
    more: (count) => `and ${count} more…`,
    itemCount: (count) => `${count} items — open the agenda to see them`,
    fillReport: "Fill my report",
    openAgenda: "Open agenda",
    rules: "Meeting rules",
    ruleSeparator: " ",
  },
};

export interface AgendaCardInput {
  language: AgendaCardLanguage;
  meetingTitle: string;
  /**
   * The occurrence and the series' zone: the card says the meeting's own clock, written as every
   * card writes it (src/lib/time/format-card-when.ts); each item's start is laid out from `start`.
   */
  when: { start: Date; end: Date; timeZone: string };
  agenda: Agenda;
  /** userPrincipalName → display name; a person not listed is shown by their UPN. */
  displayNames: Readonly<Record<string, string>>;
  /** Speakers' reports for this occurrence; omitted when nobody is expected to report. */
  reports?: { submitted: number; expected: number };
  /** 1 for the first notice; higher when the host re-posts an edited agenda. */
  revision: number;
  /** Deep links back to the tab (see buildTabDeepLink); a link that is not https is left out. */
  links: { fillReport?: string; openAgenda?: string };
  /** The series' 会议要求 and 会议纪律 (docs/domain.md §6), summarised under the agenda; omitted when none. */
  rules?: RuleLines;
  /** Budget for the posted message; defaults to Teams' 28 KB less room for a summary line. */
  maxMessageBytes?: number;
}

/** The card is measured as posted (JSON inside a JSON string), leaving room for the message's summary. */
export const AGENDA_MESSAGE_BUDGET_BYTES = TEAMS_MESSAGE_LIMIT_BYTES - SUMMARY_MAX_BYTES;

/** How much of the card is kept; each level is tried in turn until the message fits. */
interface Detail {
  titleLength: number;
  nameLength: number;
  itemTitleLength: number;
  /** Characters of the rules' summary, which series may edit into any length. */
  rulesLength: number;
  /** How many items are listed before "and N more…". */
  itemsShown: number;
}

export function buildAgendaCard(input: AgendaCardInput): AdaptiveCard {
  const fit: FitCardOptions = {
    maxBytes: input.maxMessageBytes ?? AGENDA_MESSAGE_BUDGET_BYTES,
    measure: getCardMessageSizeBytes,
  };
  return fitCard(detailLevels(input, fit), fit).card;
}

/**
 * Richest first: shorter item titles, then as many items as fit with "and N more…", then a
 * header-only card. The meeting's who/when/where and the buttons are kept to the end: they are
 * what a reader needs, and the tab has the full list.
 */
function* detailLevels(input: AgendaCardInput, fit: FitCardOptions): Generator<AdaptiveCard> {
  const count = input.agenda.items.length;
  const render = (detail: Detail) => renderCard(input, detail);
  yield render({ titleLength: 200, nameLength: 60, itemTitleLength: 200, rulesLength: 1000, itemsShown: count });
  yield render({ titleLength: 200, nameLength: 60, itemTitleLength: 80, rulesLength: 400, itemsShown: count });
  const compact = { titleLength: 120, nameLength: 40, itemTitleLength: 40, rulesLength: 200 };
  yield render({ ...compact, itemsShown: count });
  const shown = largestFittingCount((itemsShown) => render({ ...compact, itemsShown }), count - 1, fit);
  if (shown !== undefined) yield render({ ...compact, itemsShown: shown });
  yield render({ titleLength: 40, nameLength: 20, itemTitleLength: 20, rulesLength: 80, itemsShown: 0 });
}

function renderCard(input: AgendaCardInput, detail: Detail): AdaptiveCard {
  const labels = agendaCardLabels[input.language];
  const body: CardElement[] = [];
  if (input.revision > 1) {
    body.push({
      type: "Container",
      style: "warning",
      items: [label(labels.updated(input.revision), { weight: "bolder", color: "warning" })],
    });
  }
  body.push(label(labels.notice, { isSubtle: true, size: "small" }));
  body.push(
    plainText(input.meetingTitle, { maxLength: detail.titleLength, size: "large", weight: "bolder", spacing: "none" }),
  );
  const { start, end, timeZone } = input.when;
  const when = joinCardWhen(describeCardWhen(start, end, timeZone, input.language), input.language);
  body.push(plainText(when, { maxLength: detail.titleLength, spacing: "small" }));
  body.push(personRow(labels.host, input.agenda.host, input, detail, labels));
  body.push(personRow(labels.noteTaker, input.agenda.noteTaker, input, detail, labels));
  if (input.reports && input.reports.expected > 0) {
    const { submitted, expected } = input.reports;
    body.push(
      row(
        labels.reports,
        label(labels.submitted(submitted, expected), { color: submitted >= expected ? "good" : "default" }),
      ),
    );
  }
  body.push(...itemList(input, detail, labels));
  body.push(...rulesSummary(input, detail, labels));
  return createCard(body, { lang: input.language, fallbackText: labels.notice, actions: actions(input, labels) });
}

function itemList(input: AgendaCardInput, detail: Detail, labels: AgendaCardLabels): CardElement[] {
  const { items } = input.agenda;
  const totalMinutes = items.reduce((sum, item) => sum + item.minutes, 0);
  const elements: CardElement[] = [
    label(labels.agenda(totalMinutes), { weight: "bolder", separator: true, spacing: "medium" }),
  ];
  const offsets = getItemStartOffsets(items);
  const { start, timeZone } = input.when;
  const language = input.language === "zh-CN" ? "zh" : "en";
  items.slice(0, detail.itemsShown).forEach((item, index) => {
    const offset = offsets[index] ?? 0;
    const itemStart = new Date(start.getTime() + offset * 60_000);
    const when = `${formatCardClock(itemStart, timeZone, input.language)} · ${labels.timeBox(item.minutes)}`;
    const text: CardElement[] = [
      plainText(item.title[language], { maxLength: detail.itemTitleLength, weight: "bolder" }),
    ];
    if (item.speaker)
      text.push(
        plainText(displayName(item.speaker, input), { maxLength: detail.nameLength, isSubtle: true, spacing: "none" }),
      );
    elements.push({
      type: "ColumnSet",
      spacing: "small",
      columns: [
        { type: "Column", width: "auto", items: [label(when, { isSubtle: true })] },
        { type: "Column", width: "stretch", items: text },
      ],
    });
  });
  const hidden = items.length - detail.itemsShown;
  if (hidden > 0)
    elements.push(label(detail.itemsShown > 0 ? labels.more(hidden) : labels.itemCount(hidden), { isSubtle: true }));
  return elements;
}

/**
 * The rules as one paragraph: a chat card is read at a glance, and the agenda tab lists them in
 * full. The rules are the series' own words, so they go through `plainText` like any user text.
 */
function rulesSummary(input: AgendaCardInput, detail: Detail, labels: AgendaCardLabels): CardElement[] {
  if (!input.rules) return [];
  const language = input.language === "zh-CN" ? "zh" : "en";
  const lines = [...input.rules.requirements, ...input.rules.discipline]
    .map((line) => line[language].trim())
    .filter((line) => line !== "");
  if (lines.length === 0) return [];
  return [
    label(labels.rules, { weight: "bolder", separator: true, spacing: "medium" }),
    plainText(lines.join(labels.ruleSeparator), { maxLength: detail.rulesLength, spacing: "small", isSubtle: true }),
  ];
}

function personRow(
  title: string,
  upn: string | undefined,
  input: AgendaCardInput,
  detail: Detail,
  labels: AgendaCardLabels,
): ColumnSet {
  const value = upn
    ? plainText(displayName(upn, input), { maxLength: detail.nameLength })
    : label(labels.notAssigned, { isSubtle: true });
  return row(title, value);
}

function row(title: string, value: CardElement): ColumnSet {
  return {
    type: "ColumnSet",
    spacing: "small",
    columns: [
      { type: "Column", width: "auto", items: [label(title, { weight: "bolder" })] },
      { type: "Column", width: "stretch", items: [value] },
    ],
  };
}

function actions(input: AgendaCardInput, labels: AgendaCardLabels): OpenUrlAction[] {
  const result: OpenUrlAction[] = [];
  if (isHttps(input.links.fillReport))
    result.push({ type: "Action.OpenUrl", title: labels.fillReport, url: input.links.fillReport, style: "positive" });
  if (isHttps(input.links.openAgenda))
    result.push({ type: "Action.OpenUrl", title: labels.openAgenda, url: input.links.openAgenda });
  return result;
}

/** Our own fixed wording only — TextBlock text is read as markdown by Teams. */
function label(text: string, style: Omit<TextBlock, "type" | "text" | "wrap"> = {}): TextBlock {
  return { type: "TextBlock", text, wrap: true, ...style };
}

function displayName(upn: string, input: AgendaCardInput): string {
  const name = input.displayNames[upn];
  return name && name.trim() ? name : upn;
}

// A card button must never carry `javascript:` or a relative URL, whatever the caller passed.
function isHttps(url: string | undefined): url is string {
  if (!url) return false;
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
}
