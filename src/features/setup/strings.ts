import type { StringBundle } from "../../lib/i18n/create-i18n";

export const setupStrings = {
  "zh-CN": {
    title: "配置例会",
    intro: "为「{{title}}」选择模板、工作区和人员。配置保存在工作区中，所有参会人员共用。",
    template: { heading: "会议模板", label: "模板", cap: "时长上限（分钟）", total: "议程合计 {{total}} 分钟 / 上限 {{cap}} 分钟", over: "议程超出上限 {{over}} 分钟，请缩短时间或减少环节。", section: "环节", speakers: "发言人数", minutes: "每人分钟", remove: "删除环节 {{title}}" },
    workspace: { heading: "工作区", group: "Microsoft 365 群组", groupHint: "会议记录保存在该群组的 SharePoint 站点，行动项写入其 Planner。", noGroups: "你还不属于任何 Microsoft 365 群组。请让管理员创建群组或将你加入。", plan: "Planner 计划", newPlan: "新建计划「{{title}}」" },
    people: { heading: "人员", hostMode: "主持人", fixed: "固定主持人", rotating: "参会人员轮流主持", host: "主持人", rotation: "轮值顺序", moveUp: "上移 {{name}}", moveDown: "下移 {{name}}", noteTaker: "会议记录人", noteTakerRequired: "请选择会议记录人。", speakers: "发言人", slot: "{{section}} · 第 {{n}} 位", unassigned: "（未指定）" },
    rules: { heading: "规则", reportDueDays: "汇报提交：会前几个工作日", reportDueTime: "截止时间", noticeLead: "议程通知提前（小时）", leaveCutoff: "请假截止：会前（小时）", lateness: "迟到处理", none: "不处罚", flat: "每次固定金额", perMinute: "按迟到分钟", amount: "金额（元）" },
    save: "保存配置",
    saving: "正在保存…",
    saved: "配置已保存。",
    conflict: "配置已被 {{name}} 修改。请刷新后再保存。",
    notMember: "你不是工作区群组「{{group}}」的成员，无法读取此会议的记录。请联系群组所有者：{{owners}}。",
  },
  "en-US": {
    title: "Set up this meeting",
    intro: "Pick the template, workspace and people for “{{title}}”. The configuration is stored in the workspace and shared by every attendee.",
    template: { heading: "Template", label: "Template", cap: "Time cap (minutes)", total: "Agenda total {{total}} min / cap {{cap}} min", over: "The agenda runs {{over}} min over the cap: shorten or remove sections.", section: "Section", speakers: "Speakers", minutes: "Minutes each", remove: "Remove section {{title}}" },
    workspace: { heading: "Workspace", group: "Microsoft 365 group", groupHint: "Records are kept in this group's SharePoint site and action items in its Planner.", noGroups: "You are not in any Microsoft 365 group yet. Ask an administrator to create one or add you.", plan: "Planner plan", newPlan: "Create plan “{{title}}”" },
    people: { heading: "People", hostMode: "Host", fixed: "A fixed host", rotating: "Attendees take turns", host: "Host", rotation: "Rotation order", moveUp: "Move {{name}} up", moveDown: "Move {{name}} down", noteTaker: "Note-taker", noteTakerRequired: "Choose a note-taker.", speakers: "Speakers", slot: "{{section}} · speaker {{n}}", unassigned: "(not assigned)" },
    rules: { heading: "Rules", reportDueDays: "Reports due: working days before", reportDueTime: "Due time", noticeLead: "Agenda notice lead time (hours)", leaveCutoff: "Leave requests: hours before", lateness: "Lateness", none: "No penalty", flat: "Flat amount", perMinute: "Per minute late", amount: "Amount (CNY)" },
    save: "Save configuration",
    saving: "Saving…",
    saved: "Configuration saved.",
    conflict: "{{name}} changed the configuration meanwhile. Reload before saving again.",
    notMember: "You are not a member of the workspace group “{{group}}”, so you can't read this meeting's records. Ask a group owner: {{owners}}.",
  },
} satisfies StringBundle;
