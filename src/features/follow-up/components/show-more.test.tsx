import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { createI18n } from "@/lib/i18n/create-i18n";
import { followUpStrings } from "../strings";
import { ShowMore, usePagedItems } from "./show-more";

const decisions = Array.from({ length: 25 }, (_v, i) => `决议 ${String(i + 1)}`);

function Paged({ items }: { items: readonly string[] }) {
  const paged = usePagedItems(items, 10);
  return (
    <>
      <ul>
        {paged.shown.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <ShowMore paged={paged} pageSize={10} />
    </>
  );
}

async function renderPaged(locale: "zh-CN" | "en-US", items: readonly string[]) {
  const i18n = await createI18n(locale, { followUp: followUpStrings });
  const view = (list: readonly string[]) => (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={teamsLightTheme}>
        <Paged items={list} />
      </FluentProvider>
    </I18nextProvider>
  );
  const result = render(view(items));
  return {
    rerender: (list: readonly string[]) => {
      result.rerender(view(list));
    },
  };
}

afterEach(cleanup);

describe("a list shown a page at a time", () => {
  it("shows a page, then another on request, and says how many of how many", async () => {
    await renderPaged("zh-CN", decisions);
    expect(screen.getAllByRole("listitem")).toHaveLength(10);
    await userEvent.click(screen.getByRole("button", { name: "再显示 10 条（已显示 10 / 共 25 条）" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(20);
    await userEvent.click(screen.getByRole("button", { name: "再显示 5 条（已显示 20 / 共 25 条）" }));
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(decisions);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("starts again at one page for a new list, in English too", async () => {
    const { rerender } = await renderPaged("en-US", decisions);
    await userEvent.click(screen.getByRole("button", { name: "Show 10 more (10 of 25 shown)" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(20);
    rerender(decisions.slice(0, 12));
    expect(screen.getAllByRole("listitem")).toHaveLength(10);
    expect(screen.getByRole("button", { name: "Show 2 more (10 of 12 shown)" })).toBeDefined();
  });
});
