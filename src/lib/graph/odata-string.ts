/** OData string literal: single quotes doubled (https://docs.oasis-open.org/odata/odata/v4.01/odata-v4.01-part2-url-conventions.html). */
export function quoteODataString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
