// Outlook gives an add-in EWS-format item ids; Microsoft Graph wants REST-format ids. The two are
// the same base64 with the two characters that are not URL-safe swapped: EWS `/` is REST `-`, EWS
// `+` is REST `_` — "EWS IDs can contain non-URL safe values which will cause problems for REST"
// (https://learn.microsoft.com/office/dev/add-ins/outlook/use-rest-api#get-the-item-id). In
// Outlook, `Office.context.mailbox.convertToRestId` does this (office-host.ts); the demo's fake
// Office host, with no Office.js, uses these. A documented pair of the same item in both formats:
// https://github.com/microsoftgraph/microsoft-graph-docs/issues/14419 (item-ids.test.ts).

export function convertEwsIdToRestId(ewsId: string): string {
  return ewsId.replaceAll("/", "-").replaceAll("+", "_");
}

export function convertRestIdToEwsId(restId: string): string {
  return restId.replaceAll("-", "/").replaceAll("_", "+");
}
