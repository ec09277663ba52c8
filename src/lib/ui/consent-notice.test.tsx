import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AuthError } from "@/lib/auth/auth-error";
import { ServicesProvider } from "@/lib/app-services/services-context";
import type { AppServices } from "@/lib/app-services/services-context";
import { renderWithProviders } from "@/lib/testing/render-with-providers";
import { ErrorNotice } from "./error-notice";

const adminConsentUrl =
  "https://login.microsoftonline.com/6f0a0f70-d7a6-476c-bb6b-e6c84cd64dc6/adminconsent?client_id=0f2c4a1e-6b7d-4c3e-9a8b-1d2e3f4a5b6c";
const services = { adminConsentUrl } as AppServices;

afterEach(cleanup);

const adminOnly = new AuthError("consentRequired", "AADSTS90094", { scopes: ["GroupMember.Read.All"] });

describe("the consent page", () => {
  it("names the permission, what it is for, and gives the administrator's link and a retry (zh-CN)", async () => {
    const onRetry = vi.fn();
    await renderWithProviders(
      <ServicesProvider services={services}>
        <ErrorNotice error={adminOnly} message="不会显示的说明" onRetry={onRetry} />
      </ServicesProvider>,
      {},
    );
    const page = screen.getByRole("alert");
    expect(page.textContent).toContain("需要授权");
    expect(page.textContent).not.toContain("不会显示的说明");
    const item = within(within(page).getByRole("list", { name: "缺少的权限" })).getByRole("listitem");
    expect(item.textContent).toContain("GroupMember.Read.All");
    expect(item.textContent).toContain("需要管理员同意");
    expect(item.textContent).toContain("列出你所在的 Microsoft 365 群组及其成员");
    expect(within(page).getByRole("link", { name: "为组织授予管理员同意" }).getAttribute("href")).toBe(adminConsentUrl);
    await userEvent.click(within(page).getByRole("button", { name: "重试" }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("tells where an administrator grants it when there is no app registration to link to (en-US)", async () => {
    await renderWithProviders(<ErrorNotice error={adminOnly} />, {}, { locale: "en-US" });
    const page = screen.getByRole("alert");
    expect(page.textContent).toContain("Permission needed");
    expect(page.textContent).toContain("List the Microsoft 365 groups you belong to");
    expect(page.textContent).toContain("App registrations → Meetloop → API permissions");
    expect(within(page).queryByRole("link")).toBeNull();
  });

  it("asks again for a scope a user may consent to", async () => {
    const declined = new AuthError("consentRequired", "AADSTS65004", { scopes: ["Tasks.ReadWrite"] });
    await renderWithProviders(<ErrorNotice error={declined} />, {}, { locale: "en-US" });
    const page = screen.getByRole("alert");
    expect(page.textContent).toContain("Tasks.ReadWrite");
    expect(page.textContent).toContain("Create and update the series' Planner tasks");
    expect(page.textContent).not.toContain("admin consent required");
    expect(page.textContent).toContain("Select Try again to be asked again");
  });
});
