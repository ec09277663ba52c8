// Values with their authorship (docs/domain.md §9), for tests of what counts and what is shown.
import type { Attributed, ServerIdentity } from "../model/authorship/authorship";

export const testWriters = {
  gm: { id: "0b2c6a1e-6a55-4b7e-9a43-5d1f1e2a7c01", displayName: "王建国" },
  ops: { id: "5c1d8e0f-1f2a-4d5b-8c6e-7f8091a2b3c4", displayName: "李娜" },
} as const satisfies Record<string, ServerIdentity>;

export function buildOwn<T>(value: T): Attributed<T> {
  return { value, authorship: { kind: "own" } };
}

export function buildOnBehalf<T>(value: T, by: ServerIdentity = testWriters.gm): Attributed<T> {
  return { value, authorship: { kind: "onBehalf", by, change: "created" } };
}
