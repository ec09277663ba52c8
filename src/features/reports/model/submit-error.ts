/**
 * A failed submit the form explains in its own words; anything else is shown as a general
 * failure (offline, throttled…) through `ErrorNotice`. The api layer maps the workspace's errors
 * to this, so the form does not depend on the workspace module.
 */
export type ReportSubmitErrorKind = "tooLarge" | "conflict";

export class ReportSubmitError extends Error {
  override readonly name = "ReportSubmitError";
  readonly kind: ReportSubmitErrorKind;

  constructor(kind: ReportSubmitErrorKind, options: { cause: unknown }) {
    super(`Report submit failed: ${kind}`, options);
    this.kind = kind;
  }
}

export function isReportSubmitError(error: unknown): error is ReportSubmitError {
  return error instanceof ReportSubmitError;
}
