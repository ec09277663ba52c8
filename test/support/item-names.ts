// Repeated items are named in words, as a Chinese manager would say them (行动项三, 决议二), never
// by a spreadsheet row number: these give tests the same names for the nth item.
import type { Locator, Page } from "playwright-core";
import { formatChineseNumeral } from "@/lib/i18n/chinese-numerals";

/** The nth item's name in zh-CN, e.g. `itemName("行动项", 3)` is 行动项三. */
export function itemName(noun: string, n: number): string {
  return `${noun}${formatChineseNumeral(n)}`;
}

/** The fields of the nth action item in the minutes (numbered across the whole minutes). */
export function getActionItem(scope: Page | Locator, n: number): Locator {
  return scope.getByRole("group", { name: itemName("行动项", n), exact: true });
}
