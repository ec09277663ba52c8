// Pure: one key per person (docs/architecture.md §4). Everything Meetloop keeps names a person by
// their Entra object id, which survives a change of name, UPN or mail. Records and configurations
// written before that named them by UPN (or the address they were invited by); the person index maps
// any of those names to the key, so old and new records of one person count as one.
import type { SeriesConfig } from "../series-config/series-config";

/** Someone the index knows: their key and every other name records may use for them. */
export interface KnownPerson {
  key: string;
  upn?: string | undefined;
  email?: string | undefined;
  aliases?: readonly string[] | undefined;
}

/** The other names older records may use for a person, lower-cased, without their key. */
export function listOlderNames(person: KnownPerson): string[] {
  const names = [person.upn, person.email, ...(person.aliases ?? [])].flatMap((n) =>
    n === undefined || n.trim() === "" ? [] : [normalize(n)],
  );
  return [...new Set(names)].filter((n) => n !== normalize(person.key));
}

/** A stored name (key, UPN or address, any case) → the person's key; unknown names come back normalised. */
export type PersonKeyOf = (stored: string) => string;

const normalize = (value: string): string => value.trim().toLowerCase();

export function buildPersonKeys(people: readonly KnownPerson[]): PersonKeyOf {
  const byName = new Map<string, string>();
  for (const person of people) {
    const key = normalize(person.key);
    for (const name of [person.upn, person.email, ...(person.aliases ?? [])])
      if (name !== undefined && name !== "" && !byName.has(normalize(name))) byName.set(normalize(name), key);
  }
  // A person's own key wins over another's alias that happens to be the same string.
  for (const person of people) byName.set(normalize(person.key), normalize(person.key));
  return (stored) => byName.get(normalize(stored)) ?? normalize(stored);
}

/** The keys a name-only index gives back unchanged: for views that have no people to map. */
export const keepPersonKeys: PersonKeyOf = normalize;

/** The configuration with every person named by key: host, rotation, note-taker and speakers. */
export function keyConfigPeople(config: SeriesConfig, keyOf: PersonKeyOf): SeriesConfig {
  const host =
    config.host.mode === "fixed"
      ? { ...config.host, host: keyOf(config.host.host) }
      : { ...config.host, order: config.host.order.map(keyOf) };
  const speakers = Object.fromEntries(Object.entries(config.speakers).map(([id, people]) => [id, people.map(keyOf)]));
  const departments =
    config.departments === undefined
      ? undefined
      : Object.fromEntries(Object.entries(config.departments).map(([person, name]) => [keyOf(person), name]));
  return {
    ...config,
    host,
    speakers,
    ...(departments === undefined ? {} : { departments }),
    ...(config.noteTaker === undefined ? {} : { noteTaker: keyOf(config.noteTaker) }),
  };
}
