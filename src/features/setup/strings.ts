import type { StringBundle } from "@/lib/i18n/create-i18n";

export const setupStrings = {
  "zh-CN": {
    title: "配置例会",
    intro: "为「{{title}}」选择模板、工作区和人员。配置保存在工作区中，所有参会人员共用。",
    template: {
      heading: "会议模板",
      label: "模板",
      cap: "时长上限（分钟）",
      total: "议程合计 {{total}} 分钟 / 上限 {{cap}} 分钟",
      over: "议程超出上限 {{over}} 分钟，请缩短时间或减少环节。",
      section: "环节",
      speakers: "发言人数",
      minutes: "每人分钟",
      remove: "删除环节 {{title}}",
    },
    workspace: {
      heading: "工作区",
      group: "Microsoft 365 群组",
      groupHint: "会议记录保存在该群组的 SharePoint 站点，行动项写入其 Planner。",
      noGroups: "你还不属于任何 Microsoft 365 群组。请让管理员创建群组或将你加入。",
      plan: "Planner 计划",
      newPlan: "新建计划「{{title}}」",
      option: "{{name}}（{{visibility}}）",
      visibility: {
        public: "公开",
        private: "私有",
        hiddenMembership: "私有 · 隐藏成员",
        unknown: "隐私设置未知",
      },
      readers: "谁能查看记录：群组「{{group}}」的每一位成员都能查看本例会的汇报、纪要和行动项。",
      about: {
        public: "这是公开群组，公司内任何人都可以自行加入并查看。",
        private: "这是私有群组，加入须经群组所有者批准，非成员看不到群组内容。",
        hiddenMembership: "这是私有群组，加入须经群组所有者批准，非成员看不到群组内容，也看不到成员名单。",
        unknown: "无法读取该群组的隐私设置。",
      },
      refused: {
        public:
          "不能使用公开群组：例会上讨论的问题属于公司机密，而公开群组公司内任何人都可以自行加入并查看全部汇报和纪要。请选择私有群组，或请群组所有者先将「{{group}}」改为私有。",
        unknown:
          "无法确认「{{group}}」是私有群组，不能用于新例会。请选择其他群组，或请 IT 管理员确认该群组的隐私设置。",
      },
      kept: {
        public:
          "此例会的记录保存在公开群组「{{group}}」中，公司内任何人都可以自行加入并查看。建议请群组所有者将其改为私有，或改选一个私有群组（已有记录仍保留在原群组中）。",
        unknown:
          "无法确认此例会的工作区群组「{{group}}」是私有群组。请 IT 管理员确认其隐私设置，或改选一个私有群组（已有记录仍保留在原群组中）。",
      },
    },
    publicWarning: {
      title: "会议记录对全公司公开",
      body: "此例会的汇报、纪要和行动项保存在公开群组「{{group}}」中，公司内任何人都可以自行加入并查看。例会上讨论的问题属于公司机密，请尽快迁移到私有群组：请群组所有者将「{{group}}」改为私有，或在例会配置中改选一个私有群组（已有记录仍保留在原群组中）。",
    },
    people: {
      heading: "人员",
      hostMode: "主持人",
      fixed: "固定主持人",
      rotating: "参会人员轮流主持",
      host: "主持人",
      rotation: "轮值顺序",
      moveUp: "上移 {{name}}",
      moveDown: "下移 {{name}}",
      noteTaker: "会议记录人",
      noteTakerRequired: "请选择会议记录人。",
      speakers: "发言人",
      slot: "{{section}} · 第 {{n}} 位",
      unassigned: "（未指定）",
    },
    rules: {
      heading: "规则",
      reportDueDays: "汇报提交：会前几个工作日",
      reportDueTime: "截止时间",
      noticeLead: "议程通知提前（小时）",
      leaveCutoff: "请假截止：会前（小时）",
      lateness: "迟到处理",
      none: "不处罚",
      flat: "每次固定金额",
      perMinute: "按迟到分钟",
      amount: "金额（元）",
    },
    save: "保存配置",
    saving: "正在保存…",
    saved: "配置已保存。",
    conflict: "配置已被 {{name}} 修改。请刷新后再保存。",
    notMember: "你不是工作区群组「{{group}}」的成员，无法读取此会议的记录。请联系群组所有者：{{owners}}。",
  },
  "en-US": {
    title: "Set up this meeting",
    intro:
      "Pick the template, workspace and people for “{{title}}”. The configuration is stored in the workspace and shared by every attendee.",
    template: {
      heading: "Template",
      label: "Template",
      cap: "Time cap (minutes)",
      total: "Agenda total {{total}} min / cap {{cap}} min",
      over: "The agenda runs {{over}} min over the cap: shorten or remove sections.",
      section: "Section",
      speakers: "Speakers",
      minutes: "Minutes each",
      remove: "Remove section {{title}}",
    },
    workspace: {
      heading: "Workspace",
      group: "Microsoft 365 group",
      groupHint: "Records are kept in this group's SharePoint site and action items in its Planner.",
      noGroups: "You are not in any Microsoft 365 group yet. Ask an administrator to create one or add you.",
      plan: "Planner plan",
      newPlan: "Create plan “{{title}}”",
      option: "{{name}} ({{visibility}})",
      visibility: {
        public: "Public",
        private: "Private",
        hiddenMembership: "Private, hidden members",
        unknown: "Privacy unknown",
      },
      readers:
        "Who can read the records: every member of the group “{{group}}” can read this meeting's reports, minutes and action items.",
      about: {
        public: "This is a public group: anyone in the company can join it and read it.",
        private: "This is a private group: its owners approve who joins, and non-members can't see its content.",
        hiddenMembership:
          "This is a private group: its owners approve who joins, and non-members can see neither its content nor its members.",
        unknown: "The group's privacy setting could not be read.",
      },
      refused: {
        public:
          "A public group can't be used: what is discussed at the meeting is confidential, and anyone in the company can join a public group and read every report and minutes. Choose a private group, or ask the owners of “{{group}}” to make it private first.",
        unknown:
          "“{{group}}” can't be confirmed as a private group, so it can't hold a new meeting series. Choose another group, or ask your IT administrator to check its privacy setting.",
      },
      kept: {
        public:
          "This meeting's records are kept in the public group “{{group}}”: anyone in the company can join it and read them. Ask the group's owners to make it private, or choose a private group (earlier records stay in the old group).",
        unknown:
          "The workspace group “{{group}}” can't be confirmed as private. Ask your IT administrator to check its privacy setting, or choose a private group (earlier records stay in the old group).",
      },
    },
    publicWarning: {
      title: "Records open to the whole company",
      body: "This meeting's reports, minutes and action items are kept in the public group “{{group}}”: anyone in the company can join it and read them. What is discussed at the meeting is confidential, so move it to a private group: ask the owners of “{{group}}” to make it private, or choose a private group in the meeting's configuration (earlier records stay in the old group).",
    },
    people: {
      heading: "People",
      hostMode: "Host",
      fixed: "A fixed host",
      rotating: "Attendees take turns",
      host: "Host",
      rotation: "Rotation order",
      moveUp: "Move {{name}} up",
      moveDown: "Move {{name}} down",
      noteTaker: "Note-taker",
      noteTakerRequired: "Choose a note-taker.",
      speakers: "Speakers",
      slot: "{{section}} · speaker {{n}}",
      unassigned: "(not assigned)",
    },
    rules: {
      heading: "Rules",
      reportDueDays: "Reports due: working days before",
      reportDueTime: "Due time",
      noticeLead: "Agenda notice lead time (hours)",
      leaveCutoff: "Leave requests: hours before",
      lateness: "Lateness",
      none: "No penalty",
      flat: "Flat amount",
      perMinute: "Per minute late",
      amount: "Amount (CNY)",
    },
    save: "Save configuration",
    saving: "Saving…",
    saved: "Configuration saved.",
    conflict: "{{name}} changed the configuration meanwhile. Reload before saving again.",
    notMember:
      "You are not a member of the workspace group “{{group}}”, so you can't read this meeting's records. Ask a group owner: {{owners}}.",
  },
} satisfies StringBundle;
