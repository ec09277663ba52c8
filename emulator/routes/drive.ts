// Document library routes: a group's drive, and files addressed by path
// (`/drives/{id}/root:/folder/file.docx:/content`, also through /groups/{id}/drive): simple
// upload with PUT (201 on create, 200 on replace), download, the driveItem metadata and the root folder.
import { createHash } from "node:crypto";
import { notFound } from "../http/graph-error.ts";
import { respondEntity } from "../http/responses.ts";
import { createGuid } from "../state/ids.ts";
import { requireGroup, requireGroupMember } from "../state/lookups.ts";
import { renderIdentity } from "./sites-render.ts";
import type { GraphResponse, Route, RouteContext } from "../http/types.ts";
import type { DriveItemState, DriveState, TenantState } from "../state/tenant-state.ts";

const mimeTypes: Readonly<Record<string, string>> = {
  json: "application/json",
  txt: "text/plain",
  md: "text/markdown",
  html: "text/html",
  csv: "text/csv",
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function renderDrive(state: TenantState, drive: DriveState): Record<string, unknown> {
  const group = state.groups.find((g) => g.id === drive.groupId);
  return {
    id: drive.id,
    createdDateTime: drive.createdDateTime,
    description: "",
    lastModifiedDateTime: state.loadedAt,
    name: "Documents",
    webUrl: drive.webUrl,
    driveType: "documentLibrary",
    owner: {
      group: {
        id: drive.groupId,
        displayName: group?.displayName ?? null,
        email: group ? `${group.mailNickname}@${state.tenant.domain}` : null,
      },
    },
    quota: { deleted: 0, remaining: 27487790694400, state: "normal", total: 27487790694400, used: 0 },
  };
}

function renderDriveItem(state: TenantState, drive: DriveState, item: DriveItemState): Record<string, unknown> {
  const etag = `"{${item.id.toUpperCase()}},${item.version}"`;
  const folder = item.path.includes("/") ? item.path.slice(0, item.path.lastIndexOf("/")) : "";
  return {
    "@odata.etag": etag,
    id: item.id,
    name: item.name,
    size: item.size,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    eTag: etag,
    cTag: `"c:{${item.id.toUpperCase()}},${item.version}"`,
    webUrl: `${drive.webUrl}/${item.path.split("/").map(encodeURIComponent).join("/")}`,
    createdBy: renderIdentity(state, item.createdById),
    lastModifiedBy: renderIdentity(state, item.createdById),
    parentReference: {
      driveType: "documentLibrary",
      driveId: drive.id,
      path: `/drives/${drive.id}/root:${folder === "" ? "" : `/${folder}`}`,
    },
    file: {
      mimeType: item.mimeType,
      hashes: { quickXorHash: createHash("sha1").update(item.contentBase64).digest("base64").slice(0, 27) },
    },
    fileSystemInfo: { createdDateTime: item.createdDateTime, lastModifiedDateTime: item.lastModifiedDateTime },
  };
}

/** The library's root folder, as GET …/drive/root answers it (https://learn.microsoft.com/graph/api/driveitem-get). */
function renderRoot(state: TenantState, drive: DriveState): Record<string, unknown> {
  const items = Object.values(drive.items);
  const children = new Set(items.map((item) => item.path.split("/")[0]?.toLowerCase()));
  const modified = items.reduce(
    (latest, item) => (item.lastModifiedDateTime > latest ? item.lastModifiedDateTime : latest),
    drive.createdDateTime,
  );
  const version = items.reduce((sum, item) => sum + item.version, 0);
  const id = createHash("sha1").update(`${drive.id}/root`).digest("hex").slice(0, 32).toUpperCase();
  const etag = `"{${id}},${String(version)}"`;
  const ownerId = state.groups.find((g) => g.id === drive.groupId)?.ownerIds[0] ?? "";
  return {
    "@odata.etag": etag,
    id,
    name: "root",
    size: items.reduce((sum, item) => sum + item.size, 0),
    createdDateTime: drive.createdDateTime,
    lastModifiedDateTime: modified,
    eTag: etag,
    cTag: `"c:{${id}},${String(version)}"`,
    webUrl: drive.webUrl,
    createdBy: renderIdentity(state, ownerId),
    lastModifiedBy: renderIdentity(state, ownerId),
    parentReference: { driveType: "documentLibrary", driveId: drive.id },
    fileSystemInfo: { createdDateTime: drive.createdDateTime, lastModifiedDateTime: modified },
    folder: { childCount: children.size },
    root: {},
  };
}

function requireDrive(ctx: RouteContext): { drive: DriveState; itemPath: string } {
  let drive: DriveState | undefined;
  if (ctx.resolved.template.startsWith("groups/")) {
    const group = requireGroup(ctx.state, ctx.keys[0] ?? "");
    drive = ctx.state.drives[group.driveId];
  } else {
    drive = ctx.state.drives[ctx.keys[0] ?? ""];
  }
  if (!drive) throw notFound("The drive was not found.", "itemNotFound");
  requireGroupMember(requireGroup(ctx.state, drive.groupId), ctx.user);
  return { drive, itemPath: (ctx.keys[1] ?? "").replace(/^\/+/, "") };
}

function requireItem(ctx: RouteContext): { drive: DriveState; item: DriveItemState } {
  const { drive, itemPath } = requireDrive(ctx);
  const item = drive.items[itemPath.toLowerCase()];
  if (!item) throw notFound("The resource could not be found.", "itemNotFound");
  return { drive, item };
}

function uploadContent(ctx: RouteContext): GraphResponse {
  const { drive, itemPath } = requireDrive(ctx);
  const raw = ctx.request.body;
  const bytes = Buffer.isBuffer(raw) ? raw : Buffer.from(raw === undefined ? "" : JSON.stringify(raw));
  const iso = ctx.now().toISOString();
  const key = itemPath.toLowerCase();
  const existing = drive.items[key];
  const name = itemPath.slice(itemPath.lastIndexOf("/") + 1);
  const item: DriveItemState = {
    id: existing?.id ?? createGuid(),
    name,
    path: itemPath,
    size: bytes.length,
    mimeType: mimeTypes[name.slice(name.lastIndexOf(".") + 1).toLowerCase()] ?? "application/octet-stream",
    contentBase64: bytes.toString("base64"),
    createdDateTime: existing?.createdDateTime ?? iso,
    lastModifiedDateTime: iso,
    createdById: existing?.createdById ?? ctx.user.id,
    version: (existing?.version ?? 0) + 1,
  };
  drive.items[key] = item;
  return respondEntity(ctx, renderDriveItem(ctx.state, drive, item), existing ? 200 : 201);
}

function downloadContent(ctx: RouteContext): GraphResponse {
  const { item } = requireItem(ctx);
  // Graph answers 302 to a pre-authenticated download URL; serving the bytes directly is what
  // fetch ends up with after following it.
  return { status: 200, headers: { "content-type": item.mimeType }, body: Buffer.from(item.contentBase64, "base64") };
}

function getItem(ctx: RouteContext): GraphResponse {
  const { drive, item } = requireItem(ctx);
  return respondEntity(ctx, renderDriveItem(ctx.state, drive, item));
}

/**
 * DELETE /drives/{drive-id}/items/{item-id}: the item goes to the recycle bin and answers 204;
 * If-Match is optional here (https://learn.microsoft.com/graph/api/driveitem-delete).
 */
function deleteItem(ctx: RouteContext): GraphResponse {
  const drive = ctx.state.drives[ctx.keys[0] ?? ""];
  if (!drive) throw notFound("The drive was not found.", "itemNotFound");
  requireGroupMember(requireGroup(ctx.state, drive.groupId), ctx.user);
  const entry = Object.entries(drive.items).find(([, item]) => item.id === ctx.keys[1]);
  if (!entry) throw notFound("The resource could not be found.", "itemNotFound");
  Reflect.deleteProperty(drive.items, entry[0]);
  return { status: 204 };
}

export const driveRoutes: readonly Route[] = [
  {
    method: "GET",
    template: "drives/{}",
    handle: (ctx) => respondEntity(ctx, renderDrive(ctx.state, requireDrive(ctx).drive)),
  },
  { method: "PUT", template: "drives/{}/root:{}/content", handle: uploadContent },
  { method: "PUT", template: "groups/{}/drive/root:{}/content", handle: uploadContent },
  { method: "GET", template: "drives/{}/root:{}/content", handle: downloadContent },
  { method: "GET", template: "groups/{}/drive/root:{}/content", handle: downloadContent },
  { method: "GET", template: "drives/{}/root:{}", handle: getItem },
  { method: "GET", template: "groups/{}/drive/root:{}", handle: getItem },
  {
    method: "GET",
    template: "groups/{}/drive/root",
    handle: (ctx) => respondEntity(ctx, renderRoot(ctx.state, requireDrive(ctx).drive)),
  },
  { method: "DELETE", template: "drives/{}/items/{}", handle: deleteItem },
];
