import type { Occurrence, Person, Series } from "../model/types";

const minute = 60_000;

/**
 * A member whose UPN is their address and whose object id is derived from it, unless overridden; a
 * distribution list or outside address is no user: keyed by its address, without id or UPN.
 */
export function buildPerson(overrides: Partial<Person> = {}): Person {
  const email = overrides.email ?? "wang.fang@yunzhan.example";
  const kind = overrides.kind ?? "member";
  if (kind === "distributionList" || kind === "external")
    return { name: "王芳", email, key: email.toLowerCase(), kind, ...overrides };
  const id = overrides.id ?? `id-${email.toLowerCase().split("@")[0] ?? ""}`;
  return { name: "王芳", email, id, key: id, upn: email.toLowerCase(), kind, ...overrides };
}

export function buildOccurrence(start: string, overrides: Partial<Occurrence> = {}): Occurrence {
  const startAt = new Date(start);
  return {
    key: startAt.toISOString(),
    eventId: `evt-${start}`,
    originalStart: startAt,
    start: startAt,
    end: new Date(startAt.getTime() + 90 * minute),
    status: "scheduled",
    ...overrides,
  };
}

/** 周例会, Mondays 13:30–15:00 Shanghai, with the 12-07 occurrence moved and 12-14 cancelled. */
export function buildSeries(overrides: Partial<Series> = {}): Series {
  return {
    seriesId: "19:meeting_weekly@thread.v2",
    title: "周例会",
    joinUrl: "https://teams.microsoft.com/l/meetup-join/weekly",
    masterEventId: "master-1",
    recurrence: { kind: "weekly", interval: 1, days: ["monday"] },
    timeZone: "Asia/Shanghai",
    organizer: buildPerson({ name: "陈建国", email: "chen.jianguo@yunzhan.example" }),
    attendees: [buildPerson(), buildPerson({ name: "李娜", email: "li.na@yunzhan.example" })],
    occurrences: [
      buildOccurrence("2026-11-30T05:30:00Z"),
      buildOccurrence("2026-12-07T05:30:00Z", {
        start: new Date("2026-12-08T06:00:00Z"),
        end: new Date("2026-12-08T07:30:00Z"),
        status: "moved",
      }),
      buildOccurrence("2026-12-14T05:30:00Z", { eventId: undefined, status: "cancelled" }),
      buildOccurrence("2026-12-21T05:30:00Z"),
    ],
    ...overrides,
  };
}
