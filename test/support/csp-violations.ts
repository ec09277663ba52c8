// Collects every Content-Security-Policy violation in the pages end-to-end tests open, so a test
// fails when the app does something its policy (scripts/hosting/security-headers.ts) refuses.
// Each browser context gets an init script, run before any page script in every document and
// frame, that forwards `securitypolicyviolation` events to Node through a binding: reports
// survive navigation and closing the page, and the policy cannot block either (both are injected
// over the DevTools protocol).
import type { Browser, BrowserContext } from "playwright-core";

export interface CspViolation {
  directive: string;
  blockedUri: string;
  documentUri: string;
  sourceFile: string;
  line: number;
  sample: string;
}

const bindingName = "__meetloopReportCspViolation";

function forwardViolations(binding: string): void {
  document.addEventListener(
    "securitypolicyviolation",
    (event) => {
      const report = (window as unknown as Record<string, ((violation: unknown) => void) | undefined>)[binding];
      report?.({
        directive: event.effectiveDirective,
        blockedUri: event.blockedURI,
        documentUri: event.documentURI,
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      });
    },
    { capture: true },
  );
}

export interface CspViolationWatch {
  /** Reports the contexts opened through `browser.newContext` (and `browser.newPage`) from now on. */
  watch(browser: Browser): Browser;
  /** The violations reported since the last call, which forgets them. */
  take(): CspViolation[];
}

export function watchCspViolations(): CspViolationWatch {
  let violations: CspViolation[] = [];
  const instrument = async (context: BrowserContext): Promise<void> => {
    await context.exposeBinding(bindingName, (_source, violation: CspViolation) => {
      violations.push(violation);
    });
    await context.addInitScript(forwardViolations, bindingName);
  };
  return {
    watch(browser) {
      // NOTE: wrapped rather than listened to (Browser's "context" event): the init script must be
      // in place before newContext resolves and the test opens its first page.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const context = await newContext(...args);
        await instrument(context);
        return context;
      };
      return browser;
    },
    take() {
      const taken = violations;
      violations = [];
      return taken;
    },
  };
}

export function describeViolations(violations: readonly CspViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.directive} refused ${v.blockedUri || "(inline)"} in ${v.documentUri}` +
        (v.sourceFile ? ` at ${v.sourceFile}:${v.line}` : "") +
        (v.sample ? ` — ${v.sample}` : ""),
    )
    .join("\n");
}
