// What each delegated scope is for, one sentence per language, kept beside the scope map
// (scopes.ts). The consent page shows them to the person asked to grant a scope; the en-US
// sentence is also the "what for" column of docs/deploy.md (scripts/sign-in-docs.test.ts).
import type { ScopeName } from "./scopes";

type Purposes = Record<ScopeName, string>;

export const scopePurposes: Record<"zh-CN" | "en-US", Purposes> = {
  "zh-CN": {
    "User.Read": "登录并读取你的姓名和 ID，用于标记你的汇报、出勤和行动项。",
    "User.ReadBasic.All": "查找行动项负责人的 Microsoft Entra ID，以便为其分配 Planner 任务。",
    "Calendars.ReadBasic": "在你自己的日历中找到例会系列及其各次会议（不读取会议正文和附件）。",
    "OnlineMeetings.Read": "当 Outlook 邀请使用 Teams 短会议链接时，把日历中的会议与会议聊天对应起来。",
    "Chat.ReadBasic": "读取会议聊天的加入链接和成员。",
    "Chat.Read": "读取会议聊天中的消息，以找到例会通已发布的卡片。",
    "ChatMessage.Send": "以你的身份向会议聊天发布议程卡片和纪要卡片。",
    "Chat.ReadWrite": "连接中断后浏览器重发导致你发布了两张相同卡片时，删除你自己发布的多余一张；从不删除他人的消息。",
    "GroupMember.Read.All": "列出你所在的 Microsoft 365 群组及其成员，用于选择例会的工作区并确认谁是成员。",
    "Sites.ReadWrite.All": "在工作区群组的 SharePoint 站点中读写例会记录（议程、汇报、纪要、出勤）。",
    "Sites.Manage.All": "首次在群组站点中配置例会时，创建例会通的记录列表，并为站点未建索引的列补建索引。",
    "Files.ReadWrite.All": "将会议纪要保存为 Word 文档，放入群组的文档库。",
    "Tasks.ReadWrite": "创建和更新例会的 Planner 任务，每个行动项一个。",
  },
  "en-US": {
    "User.Read": "Sign you in and read your name and id, to mark your reports, attendance and action items.",
    "User.ReadBasic.All": "Look up the Microsoft Entra ids of action-item owners, to assign their Planner tasks.",
    "Calendars.ReadBasic":
      "Find the meeting series and its occurrences in your own calendar (never the events' bodies or attachments).",
    "OnlineMeetings.Read": "Match a meeting whose Outlook invitation has the short Teams link to its meeting chat.",
    "Chat.ReadBasic": "Read the meeting chat's join link and members.",
    "Chat.Read": "Read the meeting chat's messages, to find the cards Meetloop posted there.",
    "ChatMessage.Send": "Post the agenda and minutes cards to the meeting chat as you.",
    "Chat.ReadWrite":
      "Remove a second copy of a card you posted when the browser resent it after a dropped connection; never anyone else's message.",
    "GroupMember.Read.All":
      "List the Microsoft 365 groups you belong to and their members, to pick the series' workspace and know who is in it.",
    "Sites.ReadWrite.All":
      "Read and write the series' records (agendas, reports, minutes, attendance) in the workspace group's SharePoint site.",
    "Sites.Manage.All":
      "Create Meetloop's record lists in the group's site the first time a series is set up there, and index any of their columns the site created without its index.",
    "Files.ReadWrite.All": "Save the minutes as a Word document in the group's document library.",
    "Tasks.ReadWrite": "Create and update the series' Planner tasks, one per action item.",
  },
};
