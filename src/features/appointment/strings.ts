import type { StringBundle } from "@/lib/i18n/create-i18n";

export const appointmentStrings = {
  "zh-CN": {
    resolving: "正在查找此会议对应的例会…",
    notInOutlook: "请在 Outlook 中从会议的「例会通」按钮打开此窗格。",
    wholeSeries: "整个系列",
    retry: "重试",
    failed: {
      title: "无法读取此会议",
      body: "连接 Microsoft 365 时出错：{{message}}",
      action: "请检查网络后重试；如果一直出现，请把这条信息发给 IT 管理员。",
    },
    problems: {
      notSaved: {
        title: "会议尚未保存",
        body: "这是一个新会议，例会通需要先保存它才能找到对应的例会，但保存没有成功。",
        action: "请先填写主题并点「保存」（或发送邀请），然后点「重试」。",
      },
      notTeamsMeeting: {
        title: "这不是 Teams 会议",
        body: "此会议没有 Microsoft Teams 联机会议，因此没有会议聊天，例会通无法为它保存议程和纪要。",
        action: "如需使用例会通，请在会议中打开「Teams 会议」开关并保存，然后点「重试」。",
      },
      private: {
        title: "私密会议不使用例会通",
        body: "此会议被标记为「私密」。例会通的议程、汇报和纪要会分享给所有参会人，因此不会读取私密会议的内容。",
        action: "如需使用例会通，请会议组织者取消「私密」标记后再打开。",
      },
      notFound: {
        title: "在日历中找不到此会议",
        body: "Microsoft 365 中没有这个会议：它可能刚刚创建、尚未同步到服务器，也可能已被删除。",
        action: "请稍等片刻后点「重试」；如果会议已删除，请关闭此窗格。",
      },
      noAccess: {
        title: "无法打开此会议的例会",
        body: "例会通找不到你能读取的会议聊天：你可能不是会议聊天的成员，或者邀请中的 Teams 会议信息（会议链接、「会议选项」）被删改了。",
        action:
          "请联系会议组织者，请他把你加入会议或重新发送邀请；也可以在 Teams 中打开此会议的聊天，从聊天里使用例会通。",
      },
    },
  },
  "en-US": {
    resolving: "Finding the meeting series for this meeting…",
    notInOutlook: "Open this pane in Outlook, with the Meetloop button on a meeting.",
    wholeSeries: "Whole series",
    retry: "Try again",
    failed: {
      title: "This meeting can't be read",
      body: "Microsoft 365 could not be reached: {{message}}",
      action: "Check your connection and try again. If it keeps happening, send this message to your IT administrator.",
    },
    problems: {
      notSaved: {
        title: "The meeting isn't saved yet",
        body: "This is a new meeting. Meetloop has to save it to find its series, and saving did not succeed.",
        action: "Enter a title and select Save (or send the invitation), then select Try again.",
      },
      notTeamsMeeting: {
        title: "This isn't a Teams meeting",
        body: "This meeting has no Microsoft Teams online meeting, so it has no meeting chat and Meetloop can't keep its agenda and minutes.",
        action: "To use Meetloop, turn on Teams meeting for this meeting, save it, then select Try again.",
      },
      private: {
        title: "Meetloop isn't used for private meetings",
        body: "This meeting is marked Private. Meetloop shares agendas, reports and minutes with every participant, so it doesn't read private meetings.",
        action: "To use Meetloop, ask the organizer to remove the Private mark, then open it again.",
      },
      notFound: {
        title: "This meeting isn't in the calendar",
        body: "Microsoft 365 doesn't have this meeting: it may have just been created and not synced to the server yet, or it was deleted.",
        action: "Wait a moment and select Try again. If the meeting was deleted, close this pane.",
      },
      noAccess: {
        title: "This meeting's series can't be opened",
        body: "Meetloop can't find a meeting chat you can read: you may not be a member of the meeting chat, or the Teams details in the invitation (the meeting link, Meeting options) were changed or removed.",
        action:
          "Ask the organizer to add you to the meeting or to send the invitation again. You can also open this meeting's chat in Teams and use Meetloop from there.",
      },
    },
  },
} satisfies StringBundle;
