/** Graph returns the entity tag as an ETag header and/or as @odata.etag in the body (Planner). */
export function readEtag(headers: Record<string, string>, body: unknown): string | undefined {
  const header = headers.etag;
  if (header !== undefined && header !== "") return header;
  if (typeof body === "object" && body !== null && "@odata.etag" in body && typeof body["@odata.etag"] === "string") {
    return body["@odata.etag"];
  }
  return undefined;
}
