import type { AppointmentPort } from "@/lib/office/appointment-port";

export type HostTheme = "light" | "dark" | "contrast";

export type HostFrame =
  | "settings"
  | "sidePanel"
  | "content"
  | "meetingStage"
  | "personal"
  | "remove"
  | "start"
  /** The Outlook task pane on an appointment (`?frame=outlook`). */
  | "outlook";

export interface HostContext {
  host: "teams" | "outlook" | "browser";
  hostName: "Teams" | "Outlook" | "Office" | "Browser";
  frame: HostFrame;
  chatId?: string;
  meetingId?: string;
  /** Set when the tab was opened from a deep link (a card button): which view and meeting to show. */
  subPageId?: string;
  /** The Microsoft 365 group of the team, for a channel meeting. */
  teamGroupId?: string;
  /** BCP-47, e.g. zh-CN */
  locale: string;
  theme: HostTheme;
  userPrincipalName?: string;
  userObjectId?: string;
  tenantId?: string;
  /** IANA, from Intl */
  timeZone: string;
}

export interface TabSettings {
  contentUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

export interface HostPort {
  context: HostContext;
  onThemeChange(cb: (t: HostTheme) => void): () => void;
  setSettingsValidity?(valid: boolean): void;
  onSaveSettings?(handler: () => Promise<TabSettings>): void;
  openLink?(url: string): Promise<void>;
  /** The appointment the Outlook task pane is open on (Office.js, or the demo's fake Office host). */
  appointment?: AppointmentPort;
}
