import { describe, expect, it } from "vitest";
import type { BrowserEnvironment } from "./map-browser-params";
import { mapBrowserParams } from "./map-browser-params";

const environment: BrowserEnvironment = { navigatorLanguage: "zh-TW", systemTheme: "dark", timeZone: "Asia/Shanghai" };

describe("mapBrowserParams", () => {
  it("defaults to the start frame, the navigator language and the system theme", () => {
    expect(mapBrowserParams(new URLSearchParams(""), environment)).toEqual({
      host: "browser",
      hostName: "Browser",
      frame: "start",
      locale: "zh-CN",
      theme: "dark",
      timeZone: "Asia/Shanghai",
    });
  });

  it("reads frame, chat, lang, theme and persona", () => {
    const params = new URLSearchParams(
      "frame=sidePanel&chat=19%3Ameeting_abc%40thread.v2&lang=en-US&theme=contrast&as=lin%40contoso.com",
    );
    expect(mapBrowserParams(params, environment)).toEqual({
      host: "browser",
      hostName: "Browser",
      frame: "sidePanel",
      chatId: "19:meeting_abc@thread.v2",
      locale: "en-US",
      theme: "contrast",
      userPrincipalName: "lin@contoso.com",
      timeZone: "Asia/Shanghai",
    });
  });

  it("reads the persona's object id, as Teams gives user.id", () => {
    const params = new URLSearchParams("frame=sidePanel&as=lin%40contoso.com&oid=0f1e2d3c-0000-4000-8000-000000000001");
    expect(mapBrowserParams(params, environment)).toMatchObject({
      userPrincipalName: "lin@contoso.com",
      userObjectId: "0f1e2d3c-0000-4000-8000-000000000001",
    });
  });

  it("accepts the Outlook task pane's frame, which the demo runs against a fake Office host", () => {
    const params = new URLSearchParams("frame=outlook&as=li.na%40yunzhan.example");
    expect(mapBrowserParams(params, environment)).toMatchObject({ host: "browser", frame: "outlook" });
  });

  it("ignores unknown values instead of failing", () => {
    const params = new URLSearchParams("frame=meetingStage&lang=fr-FR&theme=purple&chat=");
    expect(mapBrowserParams(params, { ...environment, navigatorLanguage: "fr-FR" })).toEqual({
      host: "browser",
      hostName: "Browser",
      frame: "start",
      locale: "en-US",
      theme: "dark",
      timeZone: "Asia/Shanghai",
    });
  });
});
