// The $batch helper against a real HTTP server: a throttled inner item is re-sent alone, after
// its Retry-After, and the outer POST's own 429 is retried too. The server runs in this process
// on an ephemeral port; the injected sleep records waits instead of spending them.
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGraphClient } from "@/lib/graph";
import type { BatchRequest } from "@/lib/graph";

interface WireRequest {
  id: string;
  method: string;
  url: string;
}

interface ReceivedBatch {
  authorization: string | undefined;
  ids: string[];
}

type BatchHandler = (requests: WireRequest[], response: ServerResponse, round: number) => void;

let server: Server;
let baseUrl: string;
let received: ReceivedBatch[];
let handleBatch: BatchHandler;

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<{ requests: WireRequest[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as { requests: WireRequest[] };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.method !== "POST" || request.url !== "/graph/v1.0/$batch") {
      sendJson(response, 404, { error: { code: "NotFound", message: `${request.method ?? ""} ${request.url ?? ""}` } });
      return;
    }
    void readJson(request).then(({ requests }) => {
      received.push({ authorization: request.headers.authorization, ids: requests.map((item) => item.id) });
      handleBatch(requests, response, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graph/v1.0`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
});

beforeEach(() => {
  received = [];
});

const requests: BatchRequest[] = ["1", "2", "3"].map((id) => ({
  id,
  operation: "getEvent",
  method: "GET",
  url: `/me/events/e${id}`,
}));

function answerAll(requests: WireRequest[], status = 200) {
  return requests.map((item) => ({
    id: item.id,
    status,
    headers: { "Content-Type": "application/json" },
    body: { id: `e${item.id}` },
  }));
}

describe("GraphClient.batch over HTTP", () => {
  it("retries only the throttled inner item, after its Retry-After", async () => {
    handleBatch = (items, response, round) => {
      const responses = answerAll(items).map((item) =>
        round === 1 && item.id === "2"
          ? {
              id: "2",
              status: 429,
              headers: { "Retry-After": "1" },
              body: { error: { code: "TooManyRequests", message: "Please retry again later." } },
            }
          : item,
      );
      sendJson(response, 200, { responses });
    };
    const waits: number[] = [];
    const client = createGraphClient({
      baseUrl,
      auth: { getToken: () => Promise.resolve("emu:lin@contoso.com") },
      sleep: (ms) => (waits.push(ms), Promise.resolve()),
    });

    const responses = await client.batch(requests);

    expect(responses.map((item) => [item.id, item.status, item.body])).toEqual([
      ["1", 200, { id: "e1" }],
      ["2", 200, { id: "e2" }],
      ["3", 200, { id: "e3" }],
    ]);
    expect(waits).toEqual([1000]);
    expect(received).toEqual([
      { authorization: "Bearer emu:lin@contoso.com", ids: ["1", "2", "3"] },
      { authorization: "Bearer emu:lin@contoso.com", ids: ["2"] },
    ]);
  });

  it("retries the whole $batch when the outer request is throttled", async () => {
    handleBatch = (items, response, round) => {
      if (round === 1) {
        sendJson(
          response,
          429,
          { error: { code: "TooManyRequests", message: "Please retry again later." } },
          { "Retry-After": "1" },
        );
        return;
      }
      sendJson(response, 200, { responses: answerAll(items) });
    };
    const waits: number[] = [];
    const client = createGraphClient({
      baseUrl,
      auth: { getToken: () => Promise.resolve("emu:lin@contoso.com") },
      sleep: (ms) => (waits.push(ms), Promise.resolve()),
    });

    const responses = await client.batch(requests);

    expect(responses.map((item) => item.status)).toEqual([200, 200, 200]);
    expect(waits).toEqual([1000]);
    expect(received.map((batch) => batch.ids)).toEqual([
      ["1", "2", "3"],
      ["1", "2", "3"],
    ]);
  });
});
