// What a narrow side panel must never do: make the reader scroll sideways. Lists every element that
// is wider than the viewport or scrolls horizontally, by a short description, so a failure names it.
import type { Page } from "playwright-core";

export function listHorizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const box = element.getBoundingClientRect();
      // Zero- and one-pixel boxes are focus helpers and visually hidden text, not content.
      if (box.width <= 1 || getComputedStyle(element).visibility === "hidden") continue;
      const overflowX = getComputedStyle(element).overflowX;
      const scrolls = (overflowX === "auto" || overflowX === "scroll") && element.scrollWidth > element.clientWidth + 1;
      if (box.right > width + 1 || box.left < -1 || scrolls) {
        const name = element.getAttribute("aria-label") ?? element.textContent.trim().slice(0, 30);
        found.push(`${element.tagName.toLowerCase()}${scrolls ? " (scrolls)" : ""} ${name}`);
      }
    }
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`the page scrolls sideways: ${String(document.documentElement.scrollWidth)} px wide`);
    return found;
  });
}
