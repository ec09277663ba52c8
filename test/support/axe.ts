// Runs axe-core inside a Playwright page (its source evaluated in the page, no network) and returns
// what a user of assistive technology would trip over: violations of impact critical, serious or
// moderate, minus the focus helpers Fluent UI's tabster inserts.
import axe from "axe-core";
import type { AxeResults, ImpactValue, Result } from "axe-core";
import type { Page } from "playwright-core";

const reported: readonly ImpactValue[] = ["critical", "serious", "moderate"];

// Fluent UI v9 keeps Tab inside tab lists, menus and dialogs with tabster's "dummy inputs": an
// `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` placed before and after the group that
// moves focus on as soon as it receives it, so a screen reader never lands on it. axe reports each
// one as `aria-hidden-focus` (serious). We exclude only nodes carrying that attribute, nothing else.
// Source: https://github.com/microsoft/tabster/blob/master/src/DummyInput.ts (createElement("i"),
// tabIndex = 0, aria-hidden="true", TABSTER_DUMMY_INPUT_ATTRIBUTE_NAME = "data-tabster-dummy").
const tabsterDummySelector = "[data-tabster-dummy]";

export interface AxeFinding {
  readonly rule: string;
  readonly impact: ImpactValue;
  readonly help: string;
  readonly targets: readonly string[];
}

export async function listAccessibilityViolations(page: Page): Promise<AxeFinding[]> {
  // NOTE: evaluated through the DevTools protocol, not added as a <script>: the app's
  // Content-Security-Policy refuses inline scripts, and that refusal would fail the test.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  // A button fading between its enabled and disabled colours would be measured halfway: let finite
  // transitions end first (a spinner's endless animation never does, so it is not waited for).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) =>
          a.finished.then(
            () => "done",
            () => "cancelled",
          ),
        ),
    ),
  );
  const results = await page.evaluate(
    (selector) =>
      (window as unknown as { axe: typeof axe }).axe.run({ exclude: [[selector]] }, { resultTypes: ["violations"] }),
    tabsterDummySelector,
  );
  return toFindings(results);
}

function toFindings(results: AxeResults): AxeFinding[] {
  return results.violations
    .filter((v: Result) => v.impact !== undefined && v.impact !== null && reported.includes(v.impact))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? "minor",
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(" ")} ${n.html} — ${n.failureSummary ?? ""}`.slice(0, 400)),
    }));
}
