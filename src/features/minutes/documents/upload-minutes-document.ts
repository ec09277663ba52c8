// Puts the minutes .docx in the workspace group's document library (docs/architecture.md §2: records live in
// the customer's tenant and survive people leaving — unlike Teams' own meeting notes, kept in one
// person's OneDrive), by path, with a simple upload:
//   PUT /groups/{group-id}/drive/root:/{folder}/{file name}:/content
// (https://learn.microsoft.com/graph/api/driveitem-put-content). A PUT to an existing path
// replaces the file (conflictBehavior defaults to "replace" for PUT, driveItem "Instance
// attributes"), so publishing the same version twice — a retry — is harmless, and an amendment is
// published under a new name (buildMinutesFileName) so earlier versions stay readable.
import * as z from "zod/mini";
import type { GraphClient } from "@/lib/graph";
import type { MinutesLanguage } from "./labels";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Simple upload takes files "up to 4MB" in the OneDrive reference (driveitem_put_content); larger
 * files need an upload session. Minutes with 60 actions and long notes are a few dozen KB, so
 * a bigger file means something is wrong rather than a need for sessions.
 */
export const SIMPLE_UPLOAD_MAX_BYTES = 4 * 1024 * 1024;

export interface UploadMinutesDocumentInput {
  groupId: string;
  /** Folder path in the library, "/"-separated, e.g. "例会通/周例会"; created by Graph if missing. */
  folder: string;
  /** e.g. "2026-11-30 周例会 会议记录.docx" (buildMinutesFileName). */
  fileName: string;
  bytes: Uint8Array;
  signal?: AbortSignal;
}

export interface UploadedDocument {
  webUrl: string;
  itemId: string;
  eTag: string;
}

const driveItemSchema = z.object({ id: z.string(), webUrl: z.string(), eTag: z.optional(z.string()) });

export async function uploadMinutesDocument(
  client: GraphClient,
  input: UploadMinutesDocumentInput,
): Promise<UploadedDocument> {
  if (input.bytes.byteLength > SIMPLE_UPLOAD_MAX_BYTES)
    throw new RangeError(
      `The document is ${input.bytes.byteLength} bytes; simple upload takes at most ${SIMPLE_UPLOAD_MAX_BYTES}.`,
    );
  const path = `/groups/${encodeURIComponent(input.groupId)}/drive/root:/${encodeDrivePath(input.folder, input.fileName)}:/content`;
  const result = await client.put<unknown>(path, input.bytes, {
    operation: "uploadFile",
    headers: { "Content-Type": DOCX_CONTENT_TYPE },
    ...(input.signal === undefined ? {} : { signal: input.signal }),
  });
  const item = driveItemSchema.parse(result.body);
  const eTag = item.eTag ?? result.etag;
  if (eTag === undefined) throw new TypeError("The uploaded driveItem has no eTag");
  return { webUrl: item.webUrl, itemId: item.id, eTag };
}

/**
 * The path between `root:` and `:`, each segment percent-encoded on its own: "You can't encode an
 * entire URL in one call, because the encoding rules for each segment of a URL are different"
 * (https://learn.microsoft.com/graph/onedrive-addressing-driveitems, "Path encoding"). Spaces
 * become %20 and CJK its UTF-8 bytes; the "/" between segments stays.
 */
export function encodeDrivePath(folder: string, fileName: string): string {
  const segments = [...folder.split("/"), fileName]
    .map((segment) => segment.trim())
    .filter((segment) => segment !== "");
  if (segments.length === 0) throw new TypeError("A document needs a file name");
  return segments.map((segment) => encodeURIComponent(toSafeName(segment))).join("/");
}

// Characters OneDrive for Business and SharePoint refuse in file and folder names
// (onedrive-business-reserved in the path-encoding page above: / \ * < > ? : | # %, plus the
// double quote SharePoint rejects); a meeting title may contain any of them.
const RESERVED = /["*:<>?/\\|#%]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F]/g;

/** A name SharePoint accepts: reserved characters replaced, no leading "~", no trailing dot or space. */
export function toSafeName(name: string): string {
  const safe = name
    .replace(CONTROLS, "")
    .replace(RESERVED, "_")
    .replace(/^[~\s]+/, "")
    .replace(/[.\s]+$/, "");
  if (safe === "") throw new TypeError(`${JSON.stringify(name)} is not a usable file or folder name`);
  return safe;
}

export interface MinutesFileNameInput {
  /** The occurrence's date in the series' time zone, YYYY-MM-DD: sorts by date in the library. */
  date: string;
  meetingTitle: string;
  version: number;
  language: MinutesLanguage;
}

/** "2026-11-30 周例会 会议记录.docx"; from version 2 on, "… 会议记录（第2版）.docx". */
export function buildMinutesFileName(input: MinutesFileNameInput): string {
  // Code points, not UTF-16 units, so an emoji in a title is never cut in half.
  const title = Array.from(input.meetingTitle.replace(/\s+/g, " ").trim()).slice(0, 80).join("");
  const base = input.language === "zh-CN" ? `${input.date} ${title} 会议记录` : `${input.date} ${title} Minutes`;
  const version =
    input.version <= 1 ? "" : input.language === "zh-CN" ? `（第${input.version}版）` : ` (version ${input.version})`;
  return toSafeName(`${base}${version}.docx`);
}
