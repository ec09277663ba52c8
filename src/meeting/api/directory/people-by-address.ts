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
import * as z from "zod/mini";
import { quoteODataString, readBatchBody } from "@/lib/graph";
import type { BatchRequest, GraphClient } from "@/lib/graph";
import type { AddressableUser } from "../../model/directory/people-by-address";

const userSchema = z.object({
  id: z.string(),
  displayName: z.optional(z.nullable(z.string())),
  userPrincipalName: z.string(),
  mail: z.optional(z.nullable(z.string())),
  proxyAddresses: z.optional(z.nullable(z.array(z.string()))),
  userType: z.optional(z.nullable(z.string())),
});
const pageSchema = z.object({ value: z.array(userSchema) });

export function buildAddressFilter(address: string): string {
  const literal = quoteODataString(address);
  return `mail eq ${literal} or userPrincipalName eq ${literal} or proxyAddresses/any(p:p eq ${quoteODataString(`smtp:${address}`)})`;
}

function toAddressableUser(raw: z.infer<typeof userSchema>): AddressableUser {
  return {
    id: raw.id,
    displayName: raw.displayName ?? raw.userPrincipalName,
    userPrincipalName: raw.userPrincipalName,
    mail: raw.mail ?? undefined,
    proxyAddresses: raw.proxyAddresses ?? [],
    userType: raw.userType ?? undefined,
  };
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
    answered.set(address, pageSchema.parse(readBatchBody(response)).value.map(toAddressableUser));
  });
  return answered;
}
