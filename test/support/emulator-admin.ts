// Test-side access to the emulator's control endpoints (scenario, faults, request log, state, limits).
export interface TenantUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  department?: string | null;
  jobTitle?: string | null;
}

export interface TenantChat {
  id: string;
  topic?: string | null;
  meetingId?: string | null;
  memberIds: string[];
}

export interface Tenant {
  /** The directory (tenant) id, as tokens and the Teams context carry it. */
  tenantId: string;
  users: TenantUser[];
  chats: TenantChat[];
}

export interface LoggedRequest {
  seq: number;
  method: string;
  url: string;
  status: number;
  startedAt: number;
  endedAt: number;
  user?: string | null;
  inner?: { id: string; method: string; url: string; status: number }[];
  body?: unknown;
  /** Bytes of the response body the emulator sent. */
  responseBytes?: number;
}

/** The chat message a logged `POST /chats/{id}/messages` sent: its card attachments and mentions. */
export interface PostedMessage {
  attachments: { id?: string; content: string }[];
  mentions?: unknown[];
}

export function readPostedMessage(request: LoggedRequest | undefined): PostedMessage {
  const body = request?.body as Partial<PostedMessage> | undefined;
  if (!body || !Array.isArray(body.attachments))
    throw new Error(`Not a chat message with attachments: ${request?.url ?? "(no request)"}`);
  return { attachments: body.attachments, ...(Array.isArray(body.mentions) ? { mentions: body.mentions } : {}) };
}

async function readJson<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`Emulator ${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function getTenant(origin: string): Promise<Tenant> {
  const state = await readJson<{ tenant: { id: string }; users: TenantUser[]; chats: Record<string, TenantChat> }>(
    await fetch(`${origin}/graph/_admin/state`),
  );
  return { tenantId: state.tenant.id, users: state.users, chats: Object.values(state.chats) };
}

export async function listRequests(origin: string): Promise<LoggedRequest[]> {
  const log = await readJson<{ value: LoggedRequest[] }>(await fetch(`${origin}/graph/_admin/requests`));
  return log.value;
}

export async function clearRequests(origin: string): Promise<void> {
  await fetch(`${origin}/graph/_admin/requests`, { method: "DELETE" });
}

export async function setFaults(origin: string, faults: { latencyMs?: number; rules?: unknown[] }): Promise<void> {
  const response = await fetch(`${origin}/graph/_admin/faults`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`Setting faults failed: ${response.status} ${await response.text()}`);
}

export async function resetEmulator(origin: string): Promise<void> {
  await fetch(`${origin}/graph/_admin/faults`, { method: "DELETE" });
  await clearRequests(origin);
}

export function findChatByTopic(tenant: Tenant, topic: string): TenantChat {
  const chat = tenant.chats.find((c) => c.topic === topic);
  if (!chat) throw new Error(`No chat with topic ${topic} in the scenario`);
  return chat;
}

export function findUserByDepartment(tenant: Tenant, department: RegExp): TenantUser {
  const user = tenant.users.find((u) => department.test(`${u.department ?? ""} ${u.jobTitle ?? ""}`));
  if (!user) throw new Error(`No user in a department matching ${String(department)}`);
  return user;
}

/** Deletes a user as Entra ID does: gone from the directory and its groups, still named by Planner. */
export async function deleteUser(origin: string, idOrUpn: string): Promise<void> {
  const response = await fetch(`${origin}/graph/_admin/users/${encodeURIComponent(idOrUpn)}/delete`, {
    method: "POST",
  });
  if (!response.ok) throw new Error(`Deleting ${idOrUpn} failed: ${response.status} ${await response.text()}`);
}

export async function setAccountEnabled(origin: string, idOrUpn: string, accountEnabled: boolean): Promise<void> {
  const response = await fetch(`${origin}/graph/_admin/users/${encodeURIComponent(idOrUpn)}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ accountEnabled }),
  });
  if (!response.ok) throw new Error(`Updating ${idOrUpn} failed: ${response.status} ${await response.text()}`);
}

/** Withholds delegated permissions from a user, as a tenant without that consent would (docs/emulator.md). */
export async function setWithheldScopes(origin: string, idOrUpn: string, withheldScopes: string[]): Promise<void> {
  const response = await fetch(`${origin}/graph/_admin/users/${encodeURIComponent(idOrUpn)}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ withheldScopes }),
  });
  if (!response.ok) throw new Error(`Updating ${idOrUpn} failed: ${response.status} ${await response.text()}`);
}

/** Lowers (or raises) the emulator's Planner and SharePoint limits; the others are Microsoft's again. */
export async function setLimits(
  origin: string,
  limits: {
    planner?: Record<string, number>;
    sharePoint?: { listViewThreshold?: number; indexColumnsOnCreate?: boolean };
  },
): Promise<void> {
  const response = await fetch(`${origin}/graph/_admin/limits`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(limits),
  });
  if (!response.ok) throw new Error(`Setting limits failed: ${response.status} ${await response.text()}`);
}

/** Expires every list's delta tokens: the next items/delta call with one answers 410 Gone. */
export async function expireDeltaTokens(origin: string): Promise<void> {
  const response = await fetch(`${origin}/graph/_admin/delta/expire`, { method: "POST" });
  if (!response.ok) throw new Error(`Expiring delta tokens failed: ${response.status} ${await response.text()}`);
}
