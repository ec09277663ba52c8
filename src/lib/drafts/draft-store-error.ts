export type DraftStoreErrorKind = "unavailable" | "quotaExceeded" | "blocked";

/**
 * Every storage failure of the drafts store; the UI maps `kind` to a warning such as
 * "drafts will not survive a reload". Caller bugs (a value that cannot be cloned) are not
 * wrapped: they keep their own error so they are fixed rather than shown to users.
 */
export class DraftStoreError extends Error {
  override readonly name = "DraftStoreError";
  readonly kind: DraftStoreErrorKind;

  constructor(kind: DraftStoreErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

export function isDraftStoreError(error: unknown): error is DraftStoreError {
  return error instanceof DraftStoreError;
}

// DOMException names from the IndexedDB spec that mean "storage is not usable here", as opposed
// to a bad argument: Firefox private mode throws InvalidStateError on open, Safari UnknownError
// after the disk is cleared under it, and a closed connection throws InvalidStateError too.
const unavailableNames = new Set([
  "InvalidStateError",
  "UnknownError",
  "SecurityError",
  "VersionError",
  "AbortError",
  "NotFoundError",
  "TransactionInactiveError",
]);

/**
 * Classifies an IndexedDB failure, or returns undefined when it is not a storage failure
 * (DataCloneError, TypeError from a caller) so the caller can rethrow it untouched.
 */
export function toDraftStoreError(error: unknown): DraftStoreError | undefined {
  if (error instanceof DraftStoreError) return error;
  const name = readErrorName(error);
  const message = error instanceof Error ? error.message : String(error);
  if (name === "QuotaExceededError") return new DraftStoreError("quotaExceeded", message, { cause: error });
  if (name !== undefined && unavailableNames.has(name))
    return new DraftStoreError("unavailable", message, { cause: error });
  return undefined;
}

function readErrorName(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("name" in error)) return undefined;
  return typeof error.name === "string" ? error.name : undefined;
}
