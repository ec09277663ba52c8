import type { BatchRequest, BatchResponse } from "../types";

export function buildBatchRequest(id: string, overrides: Partial<BatchRequest> = {}): BatchRequest {
  return { id, operation: "getEvent", method: "GET", url: `/me/events/${id}`, ...overrides };
}

export function buildBatchResponse(id: string, status: number, headers: Record<string, string> = {}): BatchResponse {
  return { id, status, headers, body: status < 300 ? { id } : { error: { code: `http${status}`, message: "failed" } } };
}
