import { describe, expect, it, vi } from "vitest";
import { createBrowserHost } from "./browser-host";

function buildLocation(search: string): Location {
  return new URL(`https://app.example/${search}`) as unknown as Location;
}

describe("createBrowserHost", () => {
  it("opens links in a new tab without handing over the opener", async () => {
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    await createBrowserHost(buildLocation("?frame=personal")).openLink?.("https://contoso.sharepoint.com/x");
    expect(open).toHaveBeenCalledWith("https://contoso.sharepoint.com/x", "_blank", "noopener,noreferrer");
  });

  it("has no configuration-page hooks: the page shows its own Save button outside Teams", () => {
    const host = createBrowserHost(buildLocation("?frame=settings&theme=dark"));
    expect(host.context).toMatchObject({ frame: "settings", theme: "dark" });
    expect(host).not.toHaveProperty("onSaveSettings");
    expect(host).not.toHaveProperty("setSettingsValidity");
  });
});
