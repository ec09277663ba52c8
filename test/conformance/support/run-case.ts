// Runs one conformance case: (a) the documented response through the app's mapper, (b) the
// adapted documented request against the emulator, whose answer must have the example's property
// names and JSON types, and (c) that request accepted (not 400 or 501) with the documented status.
import { compareShape } from "./compare-shape";
import { loadExample } from "./fixture";
import type { ConformanceCase } from "../cases/types";
import type { Session } from "./session";

export interface CaseOutcome {
  source: string;
  example: string;
  mapped: string;
  answered: string;
  mismatches: string[];
}

function describeError(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

function errorMessageOf(body: unknown): string {
  const error =
    typeof body === "object" && body !== null ? (body as { error?: { message?: unknown } }).error : undefined;
  return typeof error?.message === "string" ? `: ${error.message}` : "";
}

export async function runCase(conformance: ConformanceCase, session: Session): Promise<CaseOutcome> {
  const example = loadExample(conformance.operation);
  const mismatches: string[] = [];
  let mapped: string;
  try {
    mapped = await conformance.map(example);
  } catch (error) {
    mapped = "failed";
    mismatches.push(`mapper: ${describeError(error)}`);
  }
  const request = await conformance.request(session, example);
  const answer = await session.call(request);
  const expected = conformance.status?.expected ?? example.response.status;
  const answered = `${request.method} → ${String(answer.status)}`;
  if (answer.status >= 300) {
    mismatches.push(
      `emulator refused the documented request with ${String(answer.status)}${errorMessageOf(answer.body)}`,
    );
  } else {
    if (answer.status !== expected)
      mismatches.push(`emulator answered ${String(answer.status)}, the example ${String(expected)}`);
    if (example.response.body !== undefined) {
      const report = compareShape(example.response.body, answer.body, conformance);
      mismatches.push(...report.mismatches.map((m) => `shape: ${m}`));
    }
  }
  return { source: example.source, example: example.example, mapped, answered, mismatches };
}

/** operation → documentation path → result, one line each. */
export function formatTable(rows: readonly { operation: string; source: string; result: string }[]): string {
  const widths = [
    Math.max(...rows.map((r) => r.operation.length), "operation".length),
    Math.max(...rows.map((r) => r.source.length), "documentation".length),
  ] as const;
  const line = (a: string, b: string, c: string): string => `${a.padEnd(widths[0])}  ${b.padEnd(widths[1])}  ${c}`;
  return [
    line("operation", "documentation", "result"),
    line("-".repeat(widths[0]), "-".repeat(widths[1]), "------"),
    ...rows.map((r) => line(r.operation, r.source, r.result)),
  ].join("\n");
}
