// Pure mapping of what Office.js says about the user and the host into Meetloop's host context.
import type { HostContext, HostTheme } from "@/lib/teams/host-port";
import { pickSupportedLocale } from "@/lib/teams/locale";

export interface OfficeFacts {
  /** `Office.context.displayLanguage`, e.g. "zh-CN". */
  displayLanguage: string | undefined;
  /** `Office.context.officeTheme.bodyBackgroundColor`, when the host gives a theme (Mailbox 1.14). */
  bodyBackgroundColor: string | undefined;
  /** `Office.context.mailbox.userProfile.emailAddress`: the SMTP address, used as the sign-in hint. */
  emailAddress: string | undefined;
  /** IANA, from Intl: `userProfile.timeZone` is a Windows name. */
  timeZone: string;
}

export function mapOfficeContext(facts: OfficeFacts): HostContext {
  return {
    host: "outlook",
    hostName: "Outlook",
    frame: "outlook",
    locale: pickSupportedLocale(facts.displayLanguage),
    theme: readOfficeTheme(facts.bodyBackgroundColor),
    ...(facts.emailAddress ? { userPrincipalName: facts.emailAddress } : {}),
    timeZone: facts.timeZone,
  };
}

/**
 * `officeTheme.isDarkTheme` "isn't supported in Outlook": the docs say to read the colours instead
 * (https://learn.microsoft.com/javascript/api/office/office.officetheme). A dark body background
 * (relative luminance below one half) is the dark theme.
 */
export function readOfficeTheme(bodyBackgroundColor: string | undefined): HostTheme {
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor?.trim() ?? "")?.[1];
  if (hex === undefined) return "light";
  const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
