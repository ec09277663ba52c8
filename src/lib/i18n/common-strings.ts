import type { StringBundle } from "./create-i18n";

export const commonStrings = {
  "zh-CN": {
    appName: "例会通",
    loading: "正在加载…",
    retry: "重试",
    errors: {
      unauthenticated: "登录已失效，请重新登录后再试。",
      forbidden: "你没有权限查看此内容。",
      notMember: "你不是该工作区群组的成员。请联系群组所有者将你加入。",
      notFound: "找不到该内容，可能已被删除或移动。",
      throttled: "Microsoft 365 当前请求过多，稍后会自动重试。",
      offline: "网络已断开。恢复连接后会继续，已填写的内容不会丢失。",
      conflict: "其他人同时修改了此内容，请刷新后再试。",
      preconditionFailed: "内容已被他人更新，请刷新后再试。",
      badRequest: "请求无效：{{detail}}",
      server: "Microsoft 365 暂时无法响应，请稍后重试。",
      unknown: "出现意外错误：{{detail}}",
      config: "应用配置有误：{{detail}}",
      signIn: "无法登录：{{detail}}",
      consentRequired: "例会通尚未获得所需的 Microsoft Graph 权限：{{detail}}",
      unavailableInCloud: "该功能在由世纪互联运营的 Microsoft 365 中不可用。",
    },
    unavailableInCloud: {
      title: "由世纪互联运营的 Microsoft 365",
      planner:
        "该功能在由世纪互联运营的 Microsoft 365 中不可用：该云不提供 Microsoft Planner，行动项不会同步为 Planner 任务。议程、汇报、纪要（含 Word 文档和会议聊天中的纪要卡片）以及在例会通中跟进行动项仍可照常使用。",
      onlineMeetings:
        "该功能在由世纪互联运营的 Microsoft 365 中不可用：无法通过会议短链接查找联机会议。请从会议聊天中打开例会通；议程、汇报和纪要仍可照常使用。",
    },
    consent: {
      title: "需要授权",
      introAdmin: "例会通需要下列 Microsoft Graph 权限才能显示这部分内容，但你的组织尚未授予。只有管理员可以授予：",
      introUser: "例会通需要下列 Microsoft Graph 权限才能显示这部分内容，但尚未获得你的同意：",
      permissions: "缺少的权限",
      adminOnly: "需要管理员同意",
      sendLink: "请把下面的链接发给你的 Microsoft 365 管理员。管理员打开并同意后，点击“重试”。",
      adminLink: "为组织授予管理员同意",
      adminCenter:
        "请联系你的 Microsoft 365 管理员：在 Microsoft Entra 管理中心 → 应用注册 → 例会通 → API 权限中选择“代表组织授予管理员同意”。授予后点击“重试”。",
      askAgain: "点击“重试”将再次请求授权；如果你的组织不允许自行同意，请联系管理员。",
    },
  },
  "en-US": {
    appName: "Meetloop",
    loading: "Loading…",
    retry: "Try again",
    errors: {
      unauthenticated: "Your sign-in has expired. Sign in again and retry.",
      forbidden: "You don't have permission to see this.",
      notMember: "You are not a member of this workspace's group. Ask a group owner to add you.",
      notFound: "This could not be found. It may have been deleted or moved.",
      throttled: "Microsoft 365 is busy right now; Meetloop will retry shortly.",
      offline: "You're offline. Meetloop will carry on when you reconnect — nothing you typed is lost.",
      conflict: "Someone else changed this at the same time. Refresh and try again.",
      preconditionFailed: "This was updated by someone else. Refresh and try again.",
      badRequest: "The request was not valid: {{detail}}",
      server: "Microsoft 365 is not responding. Try again in a moment.",
      unknown: "Something unexpected happened: {{detail}}",
      config: "Meetloop is not configured correctly: {{detail}}",
      signIn: "Could not sign in: {{detail}}",
      consentRequired: "Meetloop has not been granted a Microsoft Graph permission it needs: {{detail}}",
      unavailableInCloud: "This is not available in Microsoft 365 operated by 21Vianet.",
    },
    unavailableInCloud: {
      title: "Microsoft 365 operated by 21Vianet",
      planner:
        "This is not available in Microsoft 365 operated by 21Vianet: that cloud has no Microsoft Planner, so action items are not synced to Planner tasks. Agendas, reports, minutes (with the Word document and the minutes card in the meeting chat) and following up action items in Meetloop work as usual.",
      onlineMeetings:
        "This is not available in Microsoft 365 operated by 21Vianet: an online meeting cannot be looked up by its short join link. Open Meetloop from the meeting chat; agendas, reports and minutes work as usual.",
    },
    consent: {
      title: "Permission needed",
      introAdmin:
        "Meetloop needs the Microsoft Graph permission below to show this, and your organization has not granted it. Only an administrator can:",
      introUser: "Meetloop needs the Microsoft Graph permission below to show this, and you have not consented to it:",
      permissions: "Missing permissions",
      adminOnly: "admin consent required",
      sendLink: "Send the link below to your Microsoft 365 administrator. Once they have granted it, select Try again.",
      adminLink: "Grant admin consent for your organization",
      adminCenter:
        "Ask your Microsoft 365 administrator to open the Microsoft Entra admin center → App registrations → Meetloop → API permissions and select Grant admin consent. Then select Try again.",
      askAgain:
        "Select Try again to be asked again; if your organization does not let you consent yourself, ask your administrator.",
    },
  },
} satisfies StringBundle;
