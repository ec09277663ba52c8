// Fingerprints of what a publish writes. The minutes record keeps one per action item
// (`published.planner[actionId].fingerprint`): when the next publish computes the same value there
// is nothing to write, so an unchanged re-publish sends no POST or PATCH at all. Task fields and
// details are hashed apart, so an edit to the standard of done rewrites only the details.
import type { DetailsContent, TaskFields } from "./types";

const version = "v1";

/** FNV-1a over UTF-16 code units, twice with different offsets: 64 bits, stable across runtimes. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** Instants compare as instants: Planner may echo `…T15:59:59Z` for our `…T15:59:59.000Z`. */
export function toEpochMs(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

export function hashTaskFields(fields: TaskFields): string {
  return hashText(JSON.stringify([fields.title, fields.assigneeId, toEpochMs(fields.dueDateTime), fields.priority]));
}

export function hashDetails(details: Pick<DetailsContent, "description" | "referenceKey" | "referenceAlias">): string {
  return hashText(JSON.stringify([details.description, details.referenceKey, details.referenceAlias]));
}

export function buildFingerprint(fields: TaskFields, details: DetailsContent): string {
  return `${version}.${hashTaskFields(fields)}.${hashDetails(details)}`;
}

/** The two halves of a fingerprint; undefined for one written by another format version. */
export function splitFingerprint(fingerprint: string): { task: string; details: string } | undefined {
  const [prefix, task, details, ...rest] = fingerprint.split(".");
  if (prefix !== version || task === undefined || details === undefined || rest.length > 0) return undefined;
  return { task, details };
}
