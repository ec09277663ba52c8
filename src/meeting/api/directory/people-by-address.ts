// Resolves a meeting's invitation addresses to directory users in one $batch of
// GET /users?$filter=mail eq '…' or userPrincipalName eq '…' or proxyAddresses/any(p:p eq 'smtp:…')
// (https://learn.microsoft.com/graph/api/user-list). `eq` on mail, userPrincipalName and (with the
// `any` lambda) proxyAddresses are default filters, so no `ConsistencyLevel: eventual` is needed
// (https://learn.microsoft.com/graph/aad-advanced-queries; properties' filter support on
// https://learn.microsoft.com/graph/api/resources/user). Directory string comparisons ignore case,
// so 'smtp:' also matches the primary "SMTP:" address. proxyAddresses is not in the basic profile
// User.ReadBasic.All reads (https://learn.microsoft.com/graph/permissions-reference): a tenant may
// withhold it from the answer (the only user answered is then the match) or refuse the filter; a
// request refused (403, or 400 for the filter) leaves its address keyed as it is, as before, rather
// than failing the meeting.
import { quoteODataString, readBatchBody } from "@/lib/graph";
import type { BatchRequest, GraphClient } from "@/lib/graph";
import type { AddressableUser } from "../../model/directory/people-by-address";

// NOTE: checked by hand, not with a zod schema: this answer is read before the side panel first
// shows the series, and zod's shared chunk would be JavaScript the first screen waits for.
function isText(value: unknown): value is string | null | undefined {
  return value === undefined || value === null || typeof value === "string";
}

function toAddressableUser(raw: unknown): AddressableUser {
  if (typeof raw !== "object" || raw === null) throw new TypeError("A user in the directory's answer is not an object");
  const user = raw as Record<string, unknown>;
  const { id, displayName, userPrincipalName, mail, proxyAddresses, userType } = user;
  if (typeof id !== "string" || typeof userPrincipalName !== "string" || !isText(displayName) || !isText(mail))
    throw new TypeError("A user in the directory's answer lacks its id or userPrincipalName");
  if (!isText(userType)) throw new TypeError("A user's userType is not text");
  if (
    proxyAddresses !== undefined &&
    proxyAddresses !== null &&
    !(Array.isArray(proxyAddresses) && proxyAddresses.every((a) => typeof a === "string"))
  )
    throw new TypeError("A user's proxyAddresses are not a list of text");
  return {
    id,
    displayName: displayName ?? userPrincipalName,
    userPrincipalName,
    mail: mail ?? undefined,
    proxyAddresses: proxyAddresses ?? [],
    userType: userType ?? undefined,
  };
}

function readUsers(body: unknown): AddressableUser[] {
  const value = typeof body === "object" && body !== null ? (body as { value?: unknown }).value : undefined;
  if (!Array.isArray(value)) throw new TypeError("The directory's answer has no list of users");
  return value.map(toAddressableUser);
}

export function buildAddressFilter(address: string): string {
  const literal = quoteODataString(address);
  return `mail eq ${literal} or userPrincipalName eq ${literal} or proxyAddresses/any(p:p eq ${quoteODataString(`smtp:${address}`)})`;
}

/** What the directory answered for each address (lower-cased); an address it refused is absent. */
export async function lookUpAddresses(
  client: GraphClient,
  addresses: readonly string[],
): Promise<Map<string, AddressableUser[]>> {
  const unique = [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter((a) => a.includes("@")))];
  const answered = new Map<string, AddressableUser[]>();
  if (unique.length === 0) return answered;
  const requests = unique.map((address, i): BatchRequest => ({
    id: `address-${i}`,
    operation: "getUser",
    method: "GET",
    url:
      `/users?$filter=${encodeURIComponent(buildAddressFilter(address))}` +
      `&$select=id,displayName,userPrincipalName,mail,proxyAddresses,userType`,
  }));
  const responses = await client.batch(requests, { concurrency: Math.ceil(requests.length / 20) });
  unique.forEach((address, i) => {
    const response = responses[i];
    if (response?.status === 403 || response?.status === 400) return;
    answered.set(address, readUsers(readBatchBody(response)));
  });
  return answered;
}
