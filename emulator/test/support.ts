// Helpers for the emulator's HTTP tests: a started emulator with a fixed clock and a tiny Graph
// client that signs in as a scenario user with the emu: bearer token.
import { startEmulator } from "../start-emulator.ts";
import type { StartedEmulator } from "../start-emulator.ts";

/** Friday 2026-11-27 12:00 in Shanghai: the next 周例会 occurrences are 11-30, 12-07 (moved), 12-14 (cancelled). */
export const fixedNow = new Date("2026-11-27T04:00:00Z");

export const upn = {
  gm: "wang.jianguo@yunzhan.example",
  operations: "li.na@yunzhan.example",
  customerService: "zhang.min@yunzhan.example",
  admin: "sun.li@yunzhan.example",
  outsider: "lin.xiao@yunzhan.example",
} as const;

export interface TestResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export type Json = Record<string, unknown> & { value?: Record<string, unknown>[] };

export function startTestEmulator(): Promise<StartedEmulator> {
  return startEmulator({ port: 0, now: () => fixedNow });
}

export function createClient(emulator: StartedEmulator, user: string) {
  return async <T = Json>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> => {
    const response = await fetch(path.startsWith("http") ? path : `${emulator.graphBaseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer emu:${user}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text === "" ? {} : JSON.parse(text)) as T };
  };
}

export async function callAdmin(
  emulator: StartedEmulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<TestResponse<Json>> {
  const response = await fetch(`${emulator.url}/graph/_admin${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text === "" ? {} : JSON.parse(text)) as Json };
}
