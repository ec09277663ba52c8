// What a conformance case is: one operation of src/lib/graph/scopes.ts, the documented example it
// is checked against (../fixtures/<operation>.json), how that example's request is sent to the
// emulator, and how its response is fed to the app's mapper.
import type { ShapeOptions } from "../support/compare-shape";
import type { DocumentedExample } from "../support/fixture";
import type { EmulatorRequest, Session } from "../support/session";

export interface ConformanceCase extends ShapeOptions {
  /** The operation's name in operationScopes. */
  operation: string;
  /** The example's request with ids (and dates) of the emulator's default scenario: see adaptRequest. */
  request(session: Session, example: DocumentedExample): EmulatorRequest | Promise<EmulatorRequest>;
  /** When the emulator rightly answers another status than the example shows: which, and why. */
  status?: { expected: number; reason: string };
  /**
   * Feeds the example's response to the app's mapper(s) for this operation and says in a few words
   * what came out; throws (an `expect`) when it does not map to sensible values.
   */
  map(example: DocumentedExample): string | Promise<string>;
}

const graphRoot = /^https:\/\/graph\.microsoft\.com\/v1\.0/;
// Transport headers describe the documented body, not the adapted one.
const transportHeaders = new Set(["content-length"]);

function substitute(text: string, replacements: Readonly<Record<string, string>>): string {
  return Object.entries(replacements).reduce((result, [from, to]) => result.replaceAll(from, to), text);
}

/**
 * The documented request with each `replacements` key (an id or a {placeholder} of the page)
 * replaced in its URL, headers and body; `changes` adds or overrides headers and the body.
 */
export function adaptRequest(
  example: DocumentedExample,
  replacements: Readonly<Record<string, string>>,
  changes: { headers?: Record<string, string>; body?: unknown } = {},
): EmulatorRequest {
  const { request } = example;
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {})
      .filter(([name]) => !transportHeaders.has(name.toLowerCase()))
      .map(([name, value]) => [name.toLowerCase(), substitute(value, replacements)]),
  );
  const body =
    "body" in changes
      ? changes.body
      : request.body === undefined
        ? undefined
        : (JSON.parse(substitute(JSON.stringify(request.body), replacements)) as unknown);
  return {
    method: request.method,
    path: substitute(request.url.replace(graphRoot, ""), replacements),
    headers: { ...headers, ...changes.headers },
    ...(body === undefined ? {} : { body }),
    ...(request.bodyText === undefined ? {} : { bodyText: request.bodyText }),
  };
}

/** The example's response body as an object (throws when it has none). */
export function responseOf(example: DocumentedExample): Record<string, unknown> {
  const body = example.response.body;
  if (typeof body !== "object" || body === null) throw new Error(`${example.operation}: the example has no body`);
  return body as Record<string, unknown>;
}

/** The items of the example's collection response. */
export function itemsOf(example: DocumentedExample): Record<string, unknown>[] {
  const value = responseOf(example).value;
  if (!Array.isArray(value)) throw new Error(`${example.operation}: the example is not a collection`);
  return value as Record<string, unknown>[];
}
