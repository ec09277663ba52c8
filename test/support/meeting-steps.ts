// Steps of the meeting cycle as a person does them in the browser, shared by the end-to-end tests
// that walk it (agenda-and-reports, minutes-publish, china-cloud): configuring 周例会 on the
// configuration page, and adding an action item to the minutes.
import { getActionItem } from "./item-names";
import type { Locator, Page } from "playwright-core";

export async function pickOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option }).click();
}

/** The organizer's configuration page, open in `page`: the workspace 云栈管理层, 孙丽 taking notes, saved. */
export async function configureWeeklySeries(page: Page): Promise<void> {
  await page.getByRole("heading", { name: "配置例会" }).waitFor();
  await pickOption(page, "Microsoft 365 群组", "云栈管理层");
  await pickOption(page, "会议记录人", "孙丽");
  await page.getByRole("button", { name: "保存配置" }).click();
  await page.getByText("配置已保存。").waitFor();
}

export interface ActionInput {
  what: string;
  /** The owner's display name, as the picker lists it. */
  owner: string;
  /** YYYY-MM-DD. */
  due: string;
  standard: string;
}

/** Adds the `row`th action item of the minutes under `section` (an agenda item's region). */
export async function addActionItem(page: Page, section: Locator, row: number, action: ActionInput): Promise<void> {
  await section.getByRole("button", { name: "添加行动项" }).click();
  const fields = getActionItem(page, row);
  await fields.getByRole("textbox", { name: "行动内容" }).fill(action.what);
  await fields.getByRole("combobox", { name: "责任人" }).click();
  await page.getByRole("option", { name: action.owner, exact: true }).click();
  await fields.getByLabel("完成时间").fill(action.due);
  await fields.getByRole("textbox", { name: "验收标准" }).fill(action.standard);
}
