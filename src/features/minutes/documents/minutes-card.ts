// The minutes card posted to the meeting chat when the minutes are published (docs/domain.md §5; docs/architecture.md §2):
// who/when, attendance, the decisions and each action item with its owner, due date and standard
// of done, and buttons back to the tab. Long minutes are summarised ("… and N more") — the full
// text is one click away — so the posted message stays under Teams' ~28 KB.
// Everything a person typed (titles, names, decisions, standards) goes on the card through
// `plainText`, so Teams shows it literally; TextBlocks and label runs carry only our own wording.
import {
  createCard,
  fitCard,
  getCardMessageSizeBytes,
  largestFittingCount,
  plainText,
  SUMMARY_MAX_BYTES,
  TEAMS_MESSAGE_LIMIT_BYTES,
} from "@/lib/cards";
import type {
  AdaptiveCard,
  CardElement,
  FitCardOptions,
  OpenUrlAction,
  RichTextBlock,
  TextBlock,
  TextRun,
} from "@/lib/cards";
import type { ActionItem, Decision, MinutesRecord } from "@/meeting/model/records/minutes-record";
import type { LatenessPolicy } from "@/meeting/model/series-config/series-config";
import { isFining, listAbsentees, resolveName, summarizeAttendance } from "./attendance-summary";
import type { AttendanceSummary } from "./attendance-summary";
import { sharedLabels } from "./labels";
import { describeCardWhen, formatCardDay, joinCardWhen } from "@/lib/time/format-card-when";
import type { MinutesLanguage } from "./labels";
import { minutesCardLabels } from "./minutes-card-labels";
import type { MinutesCardLabels } from "./minutes-card-labels";
import { getMentionsSizeBytes } from "./minutes-message";
import type { MinutesMention } from "./minutes-message";

export interface MinutesCardInput {
  language: MinutesLanguage;
  minutes: MinutesRecord;
  /**
   * The series' zone: the card says the meeting's own clock (the minutes' start and end) and the
   * action items' due days, written as every card writes them (src/lib/time/format-card-when.ts).
   */
  timeZone: string;
  /** userPrincipalName → display name; falls back to the name stored with the minutes, then the UPN. */
  displayNames: Readonly<Record<string, string>>;
  /** Deep links to the tab (buildTabDeepLink); a link that is not https is left out. */
  links: { fullMinutes?: string; confirm?: string };
  /**
   * The people @mentioned in the same message, whose bytes count against the limit too. Defaults
   * to everyone absent or on leave, measured with a placeholder object id of the real length.
   */
  mentions?: readonly MinutesMention[];
  /** Budget for the whole posted message; defaults to 28 KB less the summary and the mentions. */
  maxMessageBytes?: number;
  /** The series' lateness policy: when it fines, the attendance shows it and each late person's penalty. */
  lateness?: LatenessPolicy;
}

/** How much of the card is kept; each level is tried in turn until the message fits. */
interface Detail {
  textLength: number;
  nameLength: number;
  /** The joined names of late/absent people, per status. */
  nameListLength: number;
  /** Decisions and action items listed before "and N more". */
  shown: number;
}

const PLACEHOLDER_OBJECT_ID = "00000000-0000-0000-0000-000000000000";

export function buildMinutesCard(input: MinutesCardInput): AdaptiveCard {
  const attendance = summarizeAttendance(input.minutes, input.displayNames, input.lateness);
  const fit: FitCardOptions = {
    maxBytes: input.maxMessageBytes ?? getDefaultBudget(input, attendance),
    measure: getCardMessageSizeBytes,
  };
  return fitCard(detailLevels(input, attendance, fit), fit).card;
}

function getDefaultBudget(input: MinutesCardInput, attendance: AttendanceSummary): number {
  const mentions =
    input.mentions ??
    listAbsentees(attendance).map((person) => ({ upn: person.upn, userId: PLACEHOLDER_OBJECT_ID, name: person.name }));
  return TEAMS_MESSAGE_LIMIT_BYTES - SUMMARY_MAX_BYTES - getMentionsSizeBytes(mentions, input.language);
}

/**
 * Richest first: shorter texts, then as many decisions and actions as fit with "and N more", then
 * the header and attendance alone. Who/when, attendance and the buttons stay to the end: they are
 * what every reader needs, and the tab has the rest.
 */
function* detailLevels(
  input: MinutesCardInput,
  attendance: AttendanceSummary,
  fit: FitCardOptions,
): Generator<AdaptiveCard> {
  const count = Math.max(listDecisions(input.minutes).length, input.minutes.actions.length);
  const render = (detail: Detail) => renderCard(input, attendance, detail);
  yield render({ textLength: 300, nameLength: 60, nameListLength: 600, shown: count });
  yield render({ textLength: 120, nameLength: 40, nameListLength: 300, shown: count });
  const compact = { textLength: 60, nameLength: 20, nameListLength: 200 };
  yield render({ ...compact, shown: count });
  const shown = largestFittingCount((n) => render({ ...compact, shown: n }), count - 1, fit);
  if (shown !== undefined) yield render({ ...compact, shown });
  yield render({ textLength: 40, nameLength: 20, nameListLength: 80, shown: 0 });
}

function renderCard(input: MinutesCardInput, attendance: AttendanceSummary, detail: Detail): AdaptiveCard {
  const labels = minutesCardLabels[input.language];
  const { minutes } = input;
  const body: CardElement[] = [];
  if (minutes.version > 1) {
    body.push({
      type: "Container",
      style: "warning",
      items: [label(sharedLabels[input.language].amended(minutes.version), { weight: "bolder", color: "warning" })],
    });
  }
  body.push(label(labels.heading, { isSubtle: true, size: "small" }));
  body.push(
    plainText(minutes.meetingTitle, { maxLength: detail.textLength, size: "large", weight: "bolder", spacing: "none" }),
  );
  const when = describeCardWhen(new Date(minutes.start), new Date(minutes.end), input.timeZone, input.language);
  body.push(plainText(joinCardWhen(when, input.language), { maxLength: detail.textLength, spacing: "small" }));
  body.push(personLine(labels.host, minutes.host, input, detail));
  body.push(personLine(labels.noteTaker, minutes.noteTaker, input, detail));
  body.push(...attendanceSection(input.language, attendance, detail));
  const decisions = listDecisions(minutes);
  const actions = minutes.actions;
  if (detail.shown === 0 && decisions.length + actions.length > 0) {
    body.push(
      label(labels.onlyInFull(decisions.length, actions.length), {
        separator: true,
        spacing: "medium",
        isSubtle: true,
      }),
    );
  } else {
    body.push(
      ...listSection(
        labels.decisions(decisions.length),
        labels.noDecisions,
        decisions,
        detail,
        labels,
        (decision, n) => [decisionBlock(decision, n, detail)],
      ),
    );
    body.push(
      ...listSection(labels.actions(actions.length), labels.noActions, actions, detail, labels, (action, n) =>
        actionBlocks(action, n, input, detail),
      ),
    );
  }
  return createCard(body, { lang: input.language, fallbackText: labels.heading, actions: buttons(input, labels) });
}

function attendanceSection(language: MinutesLanguage, attendance: AttendanceSummary, detail: Detail): CardElement[] {
  const shared = sharedLabels[language];
  const labels = minutesCardLabels[language];
  const elements: CardElement[] = [
    label(labels.attendance, { weight: "bolder", separator: true, spacing: "medium" }),
    label(shared.attendanceCounts(attendance.counts), { spacing: "small" }),
  ];
  if (isFining(attendance.lateness)) {
    const policy = shared.latenessPolicy(attendance.lateness);
    const total = attendance.counts.late > 0 ? ` · ${shared.penaltyTotal(attendance.penaltyTotal)}` : "";
    elements.push(label(`${policy}${total}`, { spacing: "none", isSubtle: true }));
  }
  for (const status of ["late", "leave", "absent", "unrecorded"] as const) {
    const people = attendance.people.filter((person) => person.status === status);
    if (people.length === 0) continue;
    const names = people.map((person) => {
      const name = truncateName(person.name, detail.nameLength);
      const details = [
        ...(person.lateMinutes === undefined ? [] : [shared.minutesLate(person.lateMinutes)]),
        ...(person.penalty === undefined ? [] : [shared.penalty(person.penalty)]),
      ];
      return details.length === 0 ? name : `${name}（${details.join(shared.listSeparator)}）`;
    });
    elements.push(
      line(
        [
          labelRun(`${shared.status[status]}${labels.labelSuffix}`, { isSubtle: true }),
          userRun(names.join(shared.listSeparator), detail.nameListLength),
        ],
        "none",
      ),
    );
  }
  return elements;
}

function listSection<T>(
  heading: string,
  empty: string,
  entries: readonly T[],
  detail: Detail,
  labels: MinutesCardLabels,
  renderEntry: (entry: T, number: number) => CardElement[],
): CardElement[] {
  const elements: CardElement[] = [label(heading, { weight: "bolder", separator: true, spacing: "medium" })];
  if (entries.length === 0) return [...elements, label(empty, { isSubtle: true, spacing: "small" })];
  entries.slice(0, detail.shown).forEach((entry, index) => elements.push(...renderEntry(entry, index + 1)));
  const hidden = entries.length - Math.min(detail.shown, entries.length);
  if (hidden > 0) elements.push(label(labels.more(hidden), { isSubtle: true, spacing: "small" }));
  return elements;
}

function decisionBlock(decision: Decision, number: number, detail: Detail): RichTextBlock {
  return line([labelRun(`${number}. `, { weight: "bolder" }), userRun(decision.text, detail.textLength)], "small");
}

function actionBlocks(action: ActionItem, number: number, input: MinutesCardInput, detail: Detail): CardElement[] {
  const labels = minutesCardLabels[input.language];
  const shared = sharedLabels[input.language];
  const title: TextRun[] = [
    labelRun(`${number}. `, { weight: "bolder" }),
    userRun(action.what, detail.textLength, { weight: "bolder" }),
  ];
  // Only the top two priorities are flagged: a tag on every line would be noise.
  if (action.priority === "urgent" || action.priority === "important") {
    title.push(
      labelRun(`  [${shared.priority[action.priority]}]`, {
        color: action.priority === "urgent" ? "attention" : "warning",
        weight: "bolder",
      }),
    );
  }
  const who: TextRun[] = [
    labelRun(`${labels.owner}${labels.labelSuffix}`, { isSubtle: true }),
    userRun(resolveName(action.owner, input.displayNames, action.ownerName), detail.nameLength),
    labelRun(` · ${labels.due}${labels.labelSuffix}`, { isSubtle: true }),
    userRun(formatCardDay(action.due, input.language), 20),
  ];
  if (action.supervisor) {
    who.push(
      labelRun(` · ${labels.supervisor}${labels.labelSuffix}`, { isSubtle: true }),
      userRun(resolveName(action.supervisor, input.displayNames, action.supervisorName), detail.nameLength),
    );
  }
  const standard = [
    labelRun(`${labels.standard}${labels.labelSuffix}`, { isSubtle: true }),
    userRun(action.standard, detail.textLength),
  ];
  return [line(title, "small"), line(who, "none"), line(standard, "none")];
}

function personLine(title: string, upn: string | undefined, input: MinutesCardInput, detail: Detail): RichTextBlock {
  const labels = minutesCardLabels[input.language];
  const value = upn
    ? userRun(resolveName(upn, input.displayNames, nameFromAttendees(upn, input.minutes)), detail.nameLength)
    : labelRun(sharedLabels[input.language].notAssigned, { isSubtle: true });
  return line([labelRun(`${title}${labels.labelSuffix}`, { weight: "bolder" }), value], "small");
}

function nameFromAttendees(upn: string, minutes: MinutesRecord): string | undefined {
  return minutes.attendees.find((attendee) => attendee.upn.toLowerCase() === upn.toLowerCase())?.name;
}

function listDecisions(minutes: MinutesRecord): Decision[] {
  return minutes.items.flatMap((item) => item.decisions);
}

function buttons(input: MinutesCardInput, labels: MinutesCardLabels): OpenUrlAction[] {
  const result: OpenUrlAction[] = [];
  if (isHttps(input.links.fullMinutes))
    result.push({ type: "Action.OpenUrl", title: labels.openFull, url: input.links.fullMinutes });
  if (isHttps(input.links.confirm))
    result.push({ type: "Action.OpenUrl", title: labels.confirm, url: input.links.confirm, style: "positive" });
  return result;
}

/** Several runs in one block: labels and user text on one line, cheaper than a ColumnSet per row. */
function line(inlines: TextRun[], spacing: "none" | "small"): RichTextBlock {
  return { type: "RichTextBlock", spacing, inlines };
}

/** User text as a run: cleaned and cut by `plainText`, shown literally (TextRun has no markdown). */
function userRun(text: string, maxLength: number, style: Pick<TextRun, "weight"> = {}): TextRun {
  const [run] = plainText(text, { maxLength, ...style }).inlines;
  return run ?? { type: "TextRun", text: "" };
}

/** Our own wording as a run. */
function labelRun(text: string, style: Omit<TextRun, "type" | "text"> = {}): TextRun {
  return { type: "TextRun", text, ...style };
}

/** Our own fixed wording only — TextBlock text is read as markdown by Teams. */
function label(text: string, style: Omit<TextBlock, "type" | "text" | "wrap"> = {}): TextBlock {
  return { type: "TextBlock", text, wrap: true, ...style };
}

function truncateName(name: string, maxLength: number): string {
  return plainText(name, { maxLength }).inlines[0]?.text ?? name;
}

// A card button must never carry `javascript:` or a relative URL, whatever the caller passed.
function isHttps(url: string | undefined): url is string {
  if (!url) return false;
  return URL.canParse(url) && new URL(url).protocol === "https:";
}
