import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AuthPort } from "@/lib/auth/auth-port";
import { readBatchBody } from "./batch-result";
import { UnavailableInCloudError } from "./unavailable-in-cloud";
import { GraphRequestError, toAppError } from "./errors";
import { createGraphClient } from "./graph-client";

const baseUrl = "https://graph.microsoft.com/v1.0";

interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

let sent: SentRequest[];
let replies: Response[];

function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

function buildAuth(): AuthPort & { requested: string[][] } {
  const requested: string[][] = [];
  return {
    requested,
    getToken: (scopes) => {
      requested.push(scopes);
      return Promise.resolve(`token-for-${scopes.join("+")}`);
    },
  };
}

beforeEach(() => {
  sent = [];
  replies = [];
  vi.stubGlobal("fetch", (url: string, init: RequestInit) => {
    sent.push({
      url,
      method: init.method ?? "GET",
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
    });
    const reply = replies.shift();
    return reply === undefined ? Promise.reject(new Error(`unexpected request ${url}`)) : Promise.resolve(reply);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createGraphClient", () => {
  it("gets with the operation's scopes, keeping the etag, and asks calendar reads for no time zone (UTC)", async () => {
    const auth = buildAuth();
    const client = createGraphClient({ baseUrl, auth });
    replies.push(jsonReply(200, { id: "evt", "@odata.etag": 'W/"abc"' }, { "request-id": "r1" }));
    const result = await client.get<{ id: string }>("/me/events/evt?$select=subject", { operation: "getEvent" });
    expect(result).toMatchObject({ status: 200, body: { id: "evt" }, etag: 'W/"abc"' });
    expect(result.headers["request-id"]).toBe("r1");
    expect(auth.requested).toEqual([["Calendars.ReadBasic"]]);
    expect(sent[0]).toMatchObject({
      url: "https://graph.microsoft.com/v1.0/me/events/evt?$select=subject",
      method: "GET",
      headers: {
        Authorization: "Bearer token-for-Calendars.ReadBasic",
        Accept: "application/json",
      },
    });
    expect(sent[0]?.headers).not.toHaveProperty("Prefer");
  });

  it("leaves a $filter holding a URL untouched", async () => {
    const client = createGraphClient({ baseUrl, auth: buildAuth() });
    replies.push(jsonReply(200, { value: [] }));
    const path =
      "/me/chats?$filter=onlineMeetingInfo/joinWebUrl eq 'https://teams.microsoft.com/l/meetup-join/x'&$top=5";
    await client.get(path, { operation: "getChat" });
    expect(sent[0]?.url).toBe(`${baseUrl}${path}`);
    expect(sent[0]?.headers).not.toHaveProperty("Prefer");
  });

  it("patches JSON with If-Match and merges the caller's Prefer", async () => {
    const client = createGraphClient({ baseUrl, auth: buildAuth() });
    replies.push(jsonReply(200, { id: "t1", "@odata.etag": 'W/"2"' }));
    const result = await client.patch(
      "/planner/tasks/t1",
      { percentComplete: 100 },
      { operation: "updatePlannerTask", ifMatch: 'W/"1"', headers: { Prefer: "return=representation" } },
    );
    expect(result.etag).toBe('W/"2"');
    expect(sent[0]).toMatchObject({
      method: "PATCH",
      body: { percentComplete: 100 },
      headers: { "If-Match": 'W/"1"', "Content-Type": "application/json", Prefer: "return=representation" },
    });
  });

  it("deletes with If-Match and reads an empty 204", async () => {
    const client = createGraphClient({ baseUrl, auth: buildAuth() });
    replies.push(new Response(null, { status: 204 }));
    await expect(
      client.delete("/planner/tasks/t1", { operation: "updatePlannerTask", ifMatch: 'W/"2"' }),
    ).resolves.toMatchObject({ status: 204, body: undefined });
    expect(sent[0]?.headers["If-Match"]).toBe('W/"2"');
  });

  it("throws GraphRequestError with Graph's code, message and request id", async () => {
    const client = createGraphClient({ baseUrl, auth: buildAuth() });
    replies.push(
      jsonReply(412, {
        error: {
          code: "PreconditionFailed",
          message: "The etag does not match.",
          innerError: { "request-id": "inner-id" },
        },
      }),
    );
    const failure = client.patch("/planner/tasks/t1", {}, { operation: "updatePlannerTask", ifMatch: 'W/"old"' });
    await expect(failure).rejects.toBeInstanceOf(GraphRequestError);
    await expect(failure).rejects.toMatchObject({
      status: 412,
      code: "PreconditionFailed",
      message: "The etag does not match.",
      requestId: "inner-id",
    });
  });

  it("retries a throttled request after Retry-After with the injected sleep", async () => {
    const waits: number[] = [];
    const client = createGraphClient({
      baseUrl,
      auth: buildAuth(),
      sleep: (ms) => (waits.push(ms), Promise.resolve()),
    });
    replies.push(
      jsonReply(
        429,
        { error: { code: "TooManyRequests", message: "Please retry again later." } },
        { "retry-after": "2" },
      ),
      jsonReply(200, { id: "me" }),
    );
    await expect(client.get("/me", { operation: "getMe" })).resolves.toMatchObject({ body: { id: "me" } });
    expect(waits).toEqual([2000]);
    expect(sent).toHaveLength(2);
  });

  it("stops retrying after maxAttempts and reports the throttling", async () => {
    const client = createGraphClient({ baseUrl, auth: buildAuth(), maxAttempts: 2, sleep: () => Promise.resolve() });
    replies.push(jsonReply(503, {}, { "retry-after": "1" }), jsonReply(503, {}, { "retry-after": "4" }));
    await expect(client.get("/me", { operation: "getMe" })).rejects.toMatchObject({ status: 503, retryAfterMs: 4000 });
    expect(sent).toHaveLength(2);
  });

  it("follows an absolute nextLink under the same root but never sends the token elsewhere", async () => {
    const client = createGraphClient({ baseUrl, auth: buildAuth() });
    replies.push(jsonReply(200, { value: [] }));
    await client.get(`${baseUrl}/me/events?$skiptoken=abc`, { operation: "listCalendarView" });
    expect(sent[0]?.url).toBe(`${baseUrl}/me/events?$skiptoken=abc`);
    await expect(client.get("https://evil.example/v1.0/me", { operation: "getMe" })).rejects.toThrow(
      /outside https:\/\/graph.microsoft.com\/v1.0/,
    );
  });

  it("sends $batch with relative URLs, per-item headers and the union of scopes", async () => {
    const auth = buildAuth();
    const client = createGraphClient({ baseUrl, auth });
    replies.push(
      jsonReply(200, {
        responses: [
          {
            id: "2",
            status: 201,
            headers: { "Content-Type": "application/json", ETag: 'W/"t"' },
            body: { id: "task" },
          },
          { id: "1", status: 200, body: { id: "evt" } },
        ],
      }),
    );
    const responses = await client.batch([
      { id: "1", operation: "getEvent", method: "GET", url: "/me/events/evt", headers: { Prefer: "return=minimal" } },
      {
        id: "2",
        operation: "createPlannerTask",
        method: "POST",
        url: `${baseUrl}/planner/tasks`,
        body: { title: "Follow up" },
      },
    ]);
    expect(responses).toEqual([
      { id: "1", status: 200, headers: {}, body: { id: "evt" }, scopes: ["Calendars.ReadBasic"] },
      {
        id: "2",
        status: 201,
        headers: { "content-type": "application/json", etag: 'W/"t"' },
        body: { id: "task" },
        etag: 'W/"t"',
        scopes: ["Tasks.ReadWrite"],
      },
    ]);
    expect(auth.requested).toEqual([["Calendars.ReadBasic", "Tasks.ReadWrite"]]);
    expect(sent[0]).toMatchObject({
      url: `${baseUrl}/$batch`,
      method: "POST",
      body: {
        requests: [
          { id: "1", method: "GET", url: "/me/events/evt", headers: { Prefer: "return=minimal" } },
          {
            id: "2",
            method: "POST",
            url: "/planner/tasks",
            headers: { "Content-Type": "application/json" },
            body: { title: "Follow up" },
          },
        ],
      },
    });
  });

  it("rejects a $batch answer without a responses array", async () => {
    const client = createGraphClient({ baseUrl, auth: buildAuth() });
    replies.push(jsonReply(200, { value: [] }));
    await expect(client.batch([{ id: "1", operation: "getMe", method: "GET", url: "/me" }])).rejects.toMatchObject({
      code: "InvalidBatchResponse",
    });
  });

  describe("in Microsoft 365 operated by 21Vianet", () => {
    it("refuses an operation the cloud lacks before asking for a token or sending anything", async () => {
      const auth = buildAuth();
      const client = createGraphClient({
        baseUrl: "https://microsoftgraph.chinacloudapi.cn/v1.0",
        auth,
        cloud: "china",
      });
      const refused = client.post("/planner/tasks", { title: "x" }, { operation: "createPlannerTask" });
      await expect(refused).rejects.toBeInstanceOf(UnavailableInCloudError);
      await expect(refused).rejects.toMatchObject({ operation: "createPlannerTask", area: "planner" });
      expect(sent).toEqual([]);
      expect(auth.requested).toEqual([]);
      expect(toAppError(await refused.catch((error: unknown) => error))).toMatchObject({
        kind: "unavailableInCloud",
        cloudArea: "planner",
      });
    });

    it("sends the operations it has to the cloud's Graph root", async () => {
      const client = createGraphClient({
        baseUrl: "https://microsoftgraph.chinacloudapi.cn/v1.0",
        auth: buildAuth(),
        cloud: "china",
      });
      replies.push(jsonReply(200, { id: "me" }));
      await client.get("/me", { operation: "getMe" });
      expect(sent.map((request) => request.url)).toEqual(["https://microsoftgraph.chinacloudapi.cn/v1.0/me"]);
    });

    it("answers a $batch item the cloud lacks in place, and sends the others", async () => {
      const client = createGraphClient({ baseUrl, auth: buildAuth(), cloud: "china" });
      replies.push(jsonReply(200, { responses: [{ id: "items", status: 200, headers: {}, body: { value: [] } }] }));
      const [items, tasks, details] = await client.batch([
        { id: "items", operation: "listListItems", method: "GET", url: "/sites/s/lists/l/items" },
        { id: "tasks", operation: "listPlannerTasks", method: "GET", url: "/planner/plans/p/tasks" },
        { id: "details", operation: "getUser", method: "GET", url: "/users/u", dependsOn: ["tasks"] },
      ]);
      expect(sent).toHaveLength(1);
      expect((sent[0]?.body as { requests: { id: string }[] }).requests.map((r) => r.id)).toEqual(["items"]);
      expect(readBatchBody(items)).toEqual({ value: [] });
      expect(() => readBatchBody(tasks)).toThrow(UnavailableInCloudError);
      expect(details).toMatchObject({ status: 400, unavailableInCloud: { operation: "listPlannerTasks" } });
    });
  });
});
