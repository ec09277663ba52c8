// Microsoft's documented examples, one file per operation in ../fixtures: the example's request
// and response copied from the Graph API reference page in microsoftgraph/microsoft-graph-docs-contrib
// (`source`, at `commit`, under the heading `example`). Editorial changes needed to parse a page's
// JSON are listed in `notes`.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as z from "zod/mini";

const fixturesFolder = new URL("../fixtures/", import.meta.url);

const exampleSchema = z.object({
  operation: z.string(),
  source: z.string().check(z.regex(/^api-reference\/v1\.0\/api\/[a-z0-9-]+\.md$/)),
  commit: z.string().check(z.regex(/^[0-9a-f]{40}$/)),
  example: z.string().check(z.minLength(1)),
  request: z.object({
    method: z.enum(["GET", "POST", "PATCH", "PUT", "DELETE"]),
    url: z.string(),
    headers: z.optional(z.record(z.string(), z.string())),
    body: z.optional(z.unknown()),
    bodyText: z.optional(z.string()),
  }),
  response: z.object({
    status: z.number(),
    headers: z.optional(z.record(z.string(), z.string())),
    body: z.optional(z.unknown()),
  }),
  notes: z.optional(z.array(z.string())),
});

export type DocumentedExample = z.infer<typeof exampleSchema>;

export function hasExample(operation: string): boolean {
  return existsSync(new URL(`${operation}.json`, fixturesFolder));
}

export function loadExample(operation: string): DocumentedExample {
  const example = exampleSchema.parse(JSON.parse(readFileSync(new URL(`${operation}.json`, fixturesFolder), "utf8")));
  if (example.operation !== operation)
    throw new Error(`fixtures/${operation}.json names the operation "${example.operation}"`);
  return example;
}

export function listExampleOperations(): string[] {
  return readdirSync(fixturesFolder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .sort();
}

/** The GitHub address of the page the example comes from, at the commit it was copied from. */
export function pageUrl(example: Pick<DocumentedExample, "source" | "commit">): string {
  return `https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/${example.commit}/${example.source}`;
}
