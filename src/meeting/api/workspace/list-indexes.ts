// Right after Meetloop creates its record lists: their columns are read back
// (https://learn.microsoft.com/graph/api/list-list-columns) and any the site created without its
// index — or the record key without its unique constraint — is fixed with a PATCH
// (https://learn.microsoft.com/graph/api/columndefinition-update). Graph's list-create page does not
// promise that `indexed` and `enforceUniqueValues` in POST /lists are applied
// (https://learn.microsoft.com/graph/api/list-create), and a list without them refuses every read
// the store makes and lets a retried create leave twins. Indexing is done while the lists are
// empty: SharePoint will not index a list that has passed its 5,000-item threshold. Lists opened
// later were read back when they were created, so an ordinary open costs nothing more.
import * as z from "zod/mini";
import { readBatchBody } from "@/lib/graph";
import type { BatchRequest, GraphClient } from "@/lib/graph";
import { planColumnRepairs } from "./list-layout";
import type { ListedColumn } from "./list-layout";

const columnPageSchema = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      indexed: z.optional(z.boolean()),
      enforceUniqueValues: z.optional(z.boolean()),
    }),
  ),
  "@odata.nextLink": z.optional(z.string()),
});

const columnSelect = "$select=id,name,indexed,enforceUniqueValues";

async function readColumns(
  client: GraphClient,
  siteId: string,
  listIds: readonly string[],
): Promise<Map<string, ListedColumn[]>> {
  const requests = listIds.map((listId, i): BatchRequest => ({
    id: `columns-${i}`,
    method: "GET",
    url: `/sites/${siteId}/lists/${listId}/columns?${columnSelect}`,
    operation: "listListColumns",
  }));
  const responses = await client.batch(requests, { concurrency: Math.ceil(requests.length / 20) });
  const columns = new Map<string, ListedColumn[]>();
  for (const [i, listId] of listIds.entries()) {
    let page = columnPageSchema.parse(readBatchBody(responses[i]));
    const listed: ListedColumn[] = [...page.value];
    for (let next = page["@odata.nextLink"]; next !== undefined; next = page["@odata.nextLink"]) {
      page = columnPageSchema.parse((await client.get<unknown>(next, { operation: "listListColumns" })).body);
      listed.push(...page.value);
    }
    columns.set(listId, listed);
  }
  return columns;
}

/** Reads the lists' columns and indexes those that came out unindexed; throws if a repair fails. */
export async function repairListIndexes(
  client: GraphClient,
  siteId: string,
  listIds: readonly string[],
): Promise<void> {
  if (listIds.length === 0) return;
  const columns = await readColumns(client, siteId, listIds);
  const repairs = [...columns].flatMap(([listId, listed]) =>
    planColumnRepairs(listed).map((repair) => ({ listId, ...repair })),
  );
  if (repairs.length === 0) return;
  const requests = repairs.map((repair, i): BatchRequest => ({
    id: `index-${i}`,
    method: "PATCH",
    url: `/sites/${siteId}/lists/${repair.listId}/columns/${repair.columnId}`,
    operation: "updateListColumn",
    body: repair.patch,
  }));
  const answers = await client.batch(requests, { concurrency: Math.ceil(requests.length / 20) });
  for (const answer of answers) readBatchBody(answer);
}
