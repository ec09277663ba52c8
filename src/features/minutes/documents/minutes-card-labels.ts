// Fixed wording of the minutes card (TextBlocks and label runs); user text never goes here.
import { actionFieldLabels } from "./labels";
import type { MinutesLanguage } from "./labels";

export interface MinutesCardLabels {
  heading: string;
  host: string;
  noteTaker: string;
  attendance: string;
  decisions: (count: number) => string;
  actions: (count: number) => string;
  noDecisions: string;
  noActions: string;
  owner: string;
  due: string;
  standard: string;
  supervisor: string;
  more: (count: number) => string;
  /** When only the header fits: how much the full minutes hold. */
  onlyInFull: (decisions: number, actions: number) => string;
  openFull: string;
  confirm: string;
  labelSuffix: string;
}

export const minutesCardLabels: Record<MinutesLanguage, MinutesCardLabels> = {
  "zh-CN": {
    heading: "会议纪要",
    host: "主持人",
    noteTaker: "记录人",
    attendance: "出勤",
    decisions: (count) => `决议（${count} 条）`,
    actions: (count) => `行动项（${count} 项）`,
    noDecisions: "本次会议未形成决议",
    noActions: "本次会议无行动项",
    ...actionFieldLabels("zh-CN"),
    more: (count) => `…还有 ${count} 项，请查看完整纪要`,
    onlyInFull: (decisions, actions) => `共 ${decisions} 条决议、${actions} 项行动项，请查看完整纪要`,
    openFull: "查看完整纪要",
    confirm: "确认纪要",
    labelSuffix: "：",
  },
  "en-US": {
    heading: "Meeting minutes",
    host: "Host",
    noteTaker: "Note-taker",
    attendance: "Attendance",
    decisions: (count) => `Decisions (${count})`,
    actions: (count) => `Action items (${count})`,
    noDecisions: "No decisions were recorded",
    noActions: "No action items",
    ...actionFieldLabels("en-US"),
    more: (count) => `… and ${count} more — open the full minutes`,
    onlyInFull: (decisions, actions) => `${decisions} decisions and ${actions} action items — open the full minutes`,
    openFull: "Open full minutes",
    confirm: "Confirm minutes",
    labelSuffix: ": ",
  },
};
