import { describe, expect, it } from "vitest";
import { mapOfficeContext, readOfficeTheme } from "./map-office-context";

describe("the Outlook host context", () => {
  it("takes the language, the user's address and the frame from Office", () => {
    expect(
      mapOfficeContext({
        displayLanguage: "zh-CN",
        bodyBackgroundColor: "#FFFFFF",
        emailAddress: "li.na@yunzhan.example",
        timeZone: "Asia/Shanghai",
      }),
    ).toEqual({
      host: "outlook",
      hostName: "Outlook",
      frame: "outlook",
      locale: "zh-CN",
      theme: "light",
      userPrincipalName: "li.na@yunzhan.example",
      timeZone: "Asia/Shanghai",
    });
  });

  it("falls back to English for a language the app does not ship", () => {
    expect(
      mapOfficeContext({
        displayLanguage: "de-DE",
        bodyBackgroundColor: undefined,
        emailAddress: undefined,
        timeZone: "UTC",
      }).locale,
    ).toBe("en-US");
  });

  it("reads the theme from the body colour, since Outlook has no isDarkTheme", () => {
    expect(readOfficeTheme("#1f1f1f")).toBe("dark");
    expect(readOfficeTheme("#ffffff")).toBe("light");
    expect(readOfficeTheme(undefined)).toBe("light");
    expect(readOfficeTheme("not a colour")).toBe("light");
  });
});
