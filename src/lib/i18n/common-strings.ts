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
    },
  },
} satisfies StringBundle;
