import type { StringBundle } from "@/lib/i18n/create-i18n";

export const appStrings = {
  "zh-CN": {
    settings: {
      title: "在此会议中使用例会通",
      intro: "例会通将读取此会议系列，之后可在会议聊天和侧边栏中准备议程、提交汇报、记录纪要并跟进决议。",
    },
    personal: { title: "我的例会" },
    personalLeave: { open: "请假" },
    minutesView: {
      step: {
        tasks: "正在写入 Planner 任务…",
        document: "正在生成会议记录文档…",
        card: "正在发布到会议聊天…",
        record: "正在锁定纪要…",
      },
    },
    workbench: {
      occurrence: "会议日期",
      overview: "概览",
      agenda: "议程",
      report: "我的汇报",
      tracker: "汇报进度",
      minutes: "会议纪要",
      history: "历史",
      rollups: "统计",
      notMember: "你不是此会议工作区群组的成员，无法查看议程、汇报和纪要。请联系群组所有者将你加入：{{owners}}。",
      noOwners: "（群组没有列出所有者，请联系 IT 管理员）",
      siteMissing: "此会议的工作区群组没有 SharePoint 站点。请联系 IT 管理员。",
      configureInTab: "此会议还没有配置例会通。请在会议聊天的「例会通」标签页中完成配置。",
      notConfigured: "组织者 {{name}} 还没有为此会议配置例会通。",
    },
    start: {
      title: "例会通 · 演示",
      intro: "演示模式：应用连接本机的 Microsoft Graph 模拟器。选择一位人员和一个会议，以其身份打开。",
      personas: "人员",
      meetings: "会议",
      openAs: "以 {{name}} 打开",
      sidePanel: "会议侧边栏",
      content: "会议聊天标签页",
      settings: "配置页",
      personal: "我的例会",
      language: "语言",
    },
  },
  "en-US": {
    settings: {
      title: "Use Meetloop in this meeting",
      intro:
        "Meetloop reads this meeting series; then prepare the agenda, collect reports, take minutes and follow up decisions from the meeting chat and side panel.",
    },
    personal: { title: "My meetings" },
    personalLeave: { open: "Request leave" },
    minutesView: {
      step: {
        tasks: "Writing Planner tasks…",
        document: "Writing the minutes document…",
        card: "Posting to the meeting chat…",
        record: "Locking the minutes…",
      },
    },
    workbench: {
      occurrence: "Meeting date",
      overview: "Overview",
      agenda: "Agenda",
      report: "My report",
      tracker: "Reports",
      minutes: "Minutes",
      history: "History",
      rollups: "Rollups",
      notMember:
        "You are not a member of this meeting's workspace group, so you can't see its agenda, reports and minutes. Ask a group owner to add you: {{owners}}.",
      noOwners: "(the group lists no owners; ask your IT administrator)",
      siteMissing: "This meeting's workspace group has no SharePoint site. Ask your IT administrator.",
      configureInTab: "Meetloop is not set up for this meeting yet. Set it up in the Meetloop tab of the meeting chat.",
      notConfigured: "The organizer, {{name}}, has not set up Meetloop for this meeting yet.",
    },
    start: {
      title: "Meetloop · demo",
      intro:
        "Demo mode: the app talks to the local Microsoft Graph emulator. Pick a person and a meeting to open it as them.",
      personas: "People",
      meetings: "Meetings",
      openAs: "Open as {{name}}",
      sidePanel: "Side panel",
      content: "Chat tab",
      settings: "Settings page",
      personal: "My meetings",
      language: "Language",
    },
  },
} satisfies StringBundle;
