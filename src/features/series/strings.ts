import type { StringBundle } from "@/lib/i18n/create-i18n";

export const seriesStrings = {
  "zh-CN": {
    next: "下次会议",
    underWay: "进行中",
    previous: "上次会议",
    upcoming: "后续安排",
    host: "主持人（组织者）",
    attendees: "参会人员（{{count}} 人）",
    notWorker: {
      guest: "来宾：组织外的账户，不能担任汇报人或行动项责任人",
      distributionList: "通讯组：不是个人，不能担任汇报人或行动项责任人",
      external: "外部地址：不在本组织目录中，不能担任汇报人或行动项责任人",
    },
    noUpcoming: "此系列没有后续会议。",
    status: { scheduled: "按期", moved: "已改期", cancelled: "已取消" },
    movedFrom: "原定 {{when}}",
    unknownTimeZone: "此会议使用 Outlook 的旧式自定义时区（{{name}}），例会通无法识别，会议时间和截止时间按 UTC 计算。",
    errors: {
      notAMeeting: "此聊天不是会议聊天。请在会议中添加例会通。",
      notInCalendar: "在你的日历中找不到此会议。你可能不在参会人员中——请联系会议组织者。",
      noChat: "没有会议信息。请在 Teams 会议中打开例会通。",
      noAccess: "你不在此会议的参会人员中，无法查看。如需参加，请联系会议组织者。",
      chatNotFound: "找不到此会议聊天，它可能已被删除。",
    },
  },
  "en-US": {
    next: "Next meeting",
    underWay: "In progress",
    previous: "Last meeting",
    upcoming: "Coming up",
    host: "Host (organizer)",
    attendees: "Attendees ({{count}})",
    notWorker: {
      guest: "Guest: an account from outside the organization, cannot report or own action items",
      distributionList: "Distribution list: not a person, cannot report or own action items",
      external: "Outside address: not in the organization's directory, cannot report or own action items",
    },
    noUpcoming: "No more meetings in this series.",
    status: { scheduled: "Scheduled", moved: "Moved", cancelled: "Cancelled" },
    movedFrom: "Originally {{when}}",
    unknownTimeZone:
      "This meeting uses a legacy Outlook custom time zone ({{name}}) that Meetloop can't read: its times and due times count in UTC.",
    errors: {
      notAMeeting: "This chat is not a meeting chat. Add Meetloop to a meeting.",
      notInCalendar: "This meeting is not in your calendar. You may not be invited — ask the meeting organizer.",
      noChat: "No meeting here. Open Meetloop from a Teams meeting.",
      noAccess: "You are not in this meeting, so you can't see it. Ask the meeting organizer to invite you.",
      chatNotFound: "This meeting chat could not be found. It may have been deleted.",
    },
  },
} satisfies StringBundle;
