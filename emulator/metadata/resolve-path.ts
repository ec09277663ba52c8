// Walks a v1.0-relative resource path through the metadata's EntityContainer the way Graph's
// OData layer does, and rejects what Graph would reject. The result also carries a route
// template ("users/{}/events/{}/instances") so handlers are looked up by shape, with `me`
// rewritten to `users/{}` keyed by the signed-in user.
import { badRequest } from "../http/graph-error.ts";
import { findBoundOperation, findNavigation, findProperty, isDerivedFrom, unwrapCollection } from "./type-queries.ts";
import type { MetadataIndex, NavigationInfo, OperationInfo } from "./types.ts";

export type PathTarget = "collection" | "entity" | "complex" | "primitive" | "operation" | "count" | "value";

export interface ResolvedPath {
  readonly template: string;
  readonly keys: readonly string[];
  /** Element type of the addressed resource (entity, complex or Edm primitive). */
  readonly type: string;
  readonly target: PathTarget;
  /** The last navigation property walked, with its metadata restrictions. */
  readonly navigation?: NavigationInfo & { readonly name: string };
  readonly operation?: OperationInfo;
  /** True when the path began at the `me` singleton. */
  readonly viaMe: boolean;
}

interface RawSegment {
  readonly text: string;
  /** Path-based driveItem addressing: `root:/folder/file.txt:` (https://learn.microsoft.com/graph/onedrive-addressing-driveitems). */
  readonly itemPath?: string;
}

export function splitResourcePath(path: string): RawSegment[] {
  const toSegments = (part: string): RawSegment[] =>
    part.split("/").filter((s) => s !== "").map((s) => ({ text: decodeURIComponent(s) }));
  const colon = path.indexOf(":/");
  const head = colon < 0 ? "" : path.slice(0, colon);
  if (colon < 0 || !/(\/root|\/items\/[^/]+)$/.test(head)) return toSegments(path);
  const rest = path.slice(colon + 2);
  const end = rest.indexOf(":");
  const itemPath = decodeURIComponent(end < 0 ? rest : rest.slice(0, end)).replace(/\/+$/, "");
  const headSegments = toSegments(head);
  const last = headSegments.pop();
  if (!last) return toSegments(path);
  return [...headSegments, { text: last.text, itemPath }, ...toSegments(end < 0 ? "" : rest.slice(end + 1))];
}

const primitivePrefix = "Edm.";

function splitKeyInParens(text: string): { name: string; key?: string } {
  const match = /^([^(]+)\('?(.*?)'?\)$/.exec(text);
  if (!match?.[1] || match[2] === undefined || match[2] === "") return { name: text };
  return { name: match[1], key: match[2] };
}

function notFoundSegment(segment: string): Error {
  return badRequest(`Resource not found for the segment '${segment}'.`);
}

export function resolveResourcePath(index: MetadataIndex, path: string, meId: string | undefined): ResolvedPath {
  const segments = splitResourcePath(path);
  const first = segments.shift();
  if (!first) throw badRequest("Invalid request: the resource path is empty.");
  const template: string[] = [];
  const keys: string[] = [];
  let { name: firstName, key: firstKey } = splitKeyInParens(first.text);
  let type: string;
  let isCollection: boolean;
  let viaMe = false;
  if (Object.hasOwn(index.entitySets, firstName)) {
    type = index.entitySets[firstName] ?? "";
    isCollection = true;
    template.push(firstName);
  } else if (Object.hasOwn(index.singletons, firstName)) {
    type = index.singletons[firstName] ?? "";
    isCollection = false;
    if (firstName === "me") {
      viaMe = true;
      template.push("users", "{}");
      keys.push(meId ?? "");
      firstKey = undefined;
    } else {
      template.push(firstName);
    }
  } else {
    throw notFoundSegment(firstName);
  }
  firstName = "";
  let target: PathTarget = isCollection ? "collection" : "entity";
  let navigation: (NavigationInfo & { name: string }) | undefined;
  let operation: OperationInfo | undefined;

  const pending: RawSegment[] = firstKey === undefined ? segments : [{ text: firstKey }, ...segments];
  const applyKey = (key: string, seg: string): void => {
    if (navigation?.notIndexableByKey === true) {
      throw badRequest(`The navigation property '${navigation.name}' cannot be addressed by key ('${seg}').`);
    }
    template.push("{}");
    keys.push(key);
    isCollection = false;
    target = "entity";
  };

  for (let i = 0; i < pending.length; i++) {
    const raw = pending[i];
    if (!raw) break;
    const text = raw.text;
    if (operation) throw badRequest(`The segment '${text}' cannot follow the operation '${operation.name}'.`);
    if (target === "count" || target === "value") throw notFoundSegment(text);
    if (target === "primitive") {
      if (text !== "$value") throw notFoundSegment(text);
      target = "value";
      template.push(text);
      continue;
    }
    if (isCollection && (target === "collection" || target === "complex")) {
      if (text === "$count") {
        target = "count";
        template.push(text);
        continue;
      }
      if (text.includes(".") && Object.hasOwn(index.types, text)) {
        if (!isDerivedFrom(index, text, type)) throw badRequest(`The type '${text}' is not derived from '${type}'.`);
        type = text;
        template.push(text);
        continue;
      }
      const op = findBoundOperation(index, type, true, text);
      if (op && target === "collection") {
        operation = op;
        target = "operation";
        template.push(op.name.slice(op.name.lastIndexOf(".") + 1));
        continue;
      }
      if (target === "complex") throw notFoundSegment(text);
      const { name, key } = splitKeyInParens(text);
      if (key !== undefined && name !== text) throw notFoundSegment(text);
      applyKey(text, text);
      if (raw.itemPath !== undefined) throw notFoundSegment(text);
      continue;
    }
    // A single entity or complex value.
    const { name: segName, key: parenKey } = splitKeyInParens(text);
    const nav = target === "entity" ? findNavigation(index, type, segName) : undefined;
    if (nav) {
      navigation = { ...nav, name: segName };
      const unwrapped = unwrapCollection(nav.type);
      type = unwrapped.element;
      isCollection = unwrapped.isCollection;
      target = isCollection ? "collection" : "entity";
      template.push(segName);
      if (parenKey !== undefined) applyKey(parenKey, text);
      if (raw.itemPath !== undefined) {
        template[template.length - 1] = `${segName}:{}`;
        keys.push(raw.itemPath);
      }
      continue;
    }
    const property = findProperty(index, type, text);
    if (property) {
      const unwrapped = unwrapCollection(property.type);
      type = unwrapped.element;
      isCollection = unwrapped.isCollection;
      navigation = undefined;
      if (type === "Edm.Stream") target = "value";
      else if (type.startsWith(primitivePrefix) || Object.hasOwn(index.enums, type)) target = "primitive";
      else target = "complex";
      template.push(text);
      continue;
    }
    if (text.includes(".") && Object.hasOwn(index.types, text)) {
      if (!isDerivedFrom(index, text, type)) throw badRequest(`The type '${text}' is not derived from '${type}'.`);
      type = text;
      template.push(text);
      continue;
    }
    const op = target === "entity" ? findBoundOperation(index, type, false, text) : undefined;
    if (op) {
      operation = op;
      target = "operation";
      template.push(op.name.slice(op.name.lastIndexOf(".") + 1));
      continue;
    }
    throw notFoundSegment(text);
  }
  return {
    template: template.join("/"),
    keys,
    type,
    target,
    ...(navigation ? { navigation } : {}),
    ...(operation ? { operation } : {}),
    viaMe,
  };
}
