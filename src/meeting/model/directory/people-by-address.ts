// Pure: who an invitation address is (docs/architecture.md §4). A calendar names people by an
// address — their primary SMTP address, one of their aliases, a distribution list or someone outside
// the organization — while everything Meetloop keeps names them by directory object id and UPN.
// A user's addresses are their mail and every "smtp:" proxy address ("SMTP:" marks the primary,
// https://learn.microsoft.com/graph/api/resources/user); a guest has userType Guest and a #EXT# UPN.

export type PersonKind = "member" | "guest" | "distributionList" | "external";

/** A user as the directory answers the lookup by address. */
export interface AddressableUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | undefined;
  proxyAddresses: readonly string[];
  userType: string | undefined;
}

/** Someone a meeting names: display data (name, address) and the key everything Meetloop keeps names them by. */
export interface MeetingPerson {
  name: string;
  /** The address the meeting shows: display data only. */
  email: string;
  /** The directory object id; undefined for an address that is no user of the organization. */
  id?: string;
  /**
   * The key records and the series configuration store (docs/architecture.md §4): the object id,
   * which survives a change of name or UPN; for an address that is no user, the address lower-cased.
   */
  key: string;
  /** The UPN, lower-cased: display data, and how records written before people were keyed by id name them. */
  upn?: string;
  kind: PersonKind;
}

const normalize = (value: string): string => value.trim().toLowerCase();

/** Every address a user receives mail at, lower-cased: mail, UPN and SMTP proxy addresses. */
export function listUserAddresses(user: AddressableUser): string[] {
  const proxies = user.proxyAddresses.filter((p) => /^smtp:/i.test(p)).map((p) => normalize(p.slice(5)));
  return [...new Set([...(user.mail ? [normalize(user.mail)] : []), normalize(user.userPrincipalName), ...proxies])];
}

export function findUserByAddress(users: readonly AddressableUser[], address: string): AddressableUser | undefined {
  const wanted = normalize(address);
  return users.find((user) => listUserAddresses(user).includes(wanted));
}

export function isGuest(user: Pick<AddressableUser, "userType" | "userPrincipalName">): boolean {
  return user.userType?.toLowerCase() === "guest" || user.userPrincipalName.toUpperCase().includes("#EXT#");
}

const domainOf = (address: string): string => normalize(address).split("@")[1] ?? "";

/**
 * The user the directory answered for an address: the one whose addresses include it, else the
 * only one it answered (proxyAddresses may be withheld from apps that read basic profiles only).
 */
export function pickUserForAddress(answered: readonly AddressableUser[], address: string): AddressableUser | undefined {
  return findUserByAddress(answered, address) ?? (answered.length === 1 ? answered[0] : undefined);
}

function toMeetingPerson(attendee: { name: string; address: string }, user: AddressableUser): MeetingPerson {
  return {
    name: user.displayName || attendee.name,
    email: attendee.address,
    id: user.id,
    key: normalize(user.id),
    upn: normalize(user.userPrincipalName),
    kind: isGuest(user) ? "guest" : "member",
  };
}

/**
 * The people behind a meeting's addresses, given what the directory answered for each (keyed by
 * lower-cased address). An address no user has is a distribution list when it is in one of the
 * organization's own mail domains (those of its member users found here), else someone outside.
 * An address the directory was not asked about (it refused) is keyed by the address.
 */
export function resolveMeetingPeople(
  attendees: readonly { name: string; address: string }[],
  answered: ReadonlyMap<string, readonly AddressableUser[]>,
): MeetingPerson[] {
  const users = attendees.map((a) => pickUserForAddress(answered.get(normalize(a.address)) ?? [], a.address));
  const ownDomains = new Set(
    users.flatMap((u) => (u === undefined || isGuest(u) ? [] : listUserAddresses(u).map(domainOf))),
  );
  return attendees.map((attendee, i) => {
    const user = users[i];
    if (user !== undefined) return toMeetingPerson(attendee, user);
    const key = normalize(attendee.address);
    if (!answered.has(key))
      return { name: attendee.name || attendee.address, email: attendee.address, key, kind: "member" };
    return {
      name: attendee.name || attendee.address,
      email: attendee.address,
      key,
      kind: ownDomains.has(domainOf(attendee.address)) ? "distributionList" : "external",
    };
  });
}

/** Only the organization's own users may report or own an action item (docs/domain.md §2). */
export function canTakeWork(person: Pick<MeetingPerson, "kind">): boolean {
  return person.kind === "member";
}
