import type { StringBundle } from "@/lib/i18n/create-i18n";

/** The Outlook task panes' own words; the features they compose bring theirs. */
export const outlookStrings = {
  "zh-CN": {
    meetingOn: "本次会议：{{when}}",
    noOccurrence: "此会议系列没有可准备的会议。",
    setup: {
      heading: "例会配置",
      notConfigured: "此会议系列还没有配置例会通。",
      configureHere: "在此用模板配置",
      openInTeams: "在 Teams 中打开",
      template: "模板",
      reportDue: "汇报截止",
      speakers: "发言人",
      noSpeakers: "未指定发言人",
    },
    notConfigured: "组织者 {{name}} 还没有为此会议配置例会通。配置后，你可以在这里填写汇报、查看议程。",
  },
  "en-US": {
    meetingOn: "This meeting: {{when}}",
    noOccurrence: "This meeting series has no meeting to prepare.",
    setup: {
      heading: "Meeting setup",
      notConfigured: "Meetloop is not set up for this meeting series yet.",
      configureHere: "Configure from a template here",
      openInTeams: "Open in Teams",
      template: "Template",
      reportDue: "Reports due",
      speakers: "Speakers",
      noSpeakers: "No speakers assigned",
    },
    notConfigured:
      "The organizer, {{name}}, has not set up Meetloop for this meeting yet. Once they do, you can fill in your report and read the agenda here.",
  },
} satisfies StringBundle;
