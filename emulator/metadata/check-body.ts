// Checks a POST/PATCH JSON body against an entity or complex type the way Graph's OData
// deserializer does: every property must exist on the type (or its base types; `@odata.type`
// selects a derived type), values must have a compatible JSON type, and only open types accept
// dynamic properties. `name@odata.bind` must name a navigation property and carry entity URLs
// (a string, or an array for a collection). Returns a reason naming the JSON path of the first problem.
import {
  findNavigation,
  findProperty,
  isDerivedFrom,
  isOpenType,
  resolveTypeName,
  unwrapCollection,
} from "./type-queries.ts";
import type { MetadataIndex } from "./types.ts";

const dateTimeOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/i;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const timeOfDay = /^\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/;
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const duration = /^-?P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function checkPrimitive(type: string, value: unknown, path: string): string | undefined {
  const mismatch = (expected: string): string => `${path}: expected ${expected} for ${type}, got ${describe(value)}.`;
  switch (type) {
    case "Edm.String":
      return typeof value === "string" ? undefined : mismatch("a string");
    case "Edm.Boolean":
      return typeof value === "boolean" ? undefined : mismatch("a boolean");
    case "Edm.Int16":
    case "Edm.Int32":
    case "Edm.Byte":
    case "Edm.SByte":
      return typeof value === "number" && Number.isInteger(value) ? undefined : mismatch("an integer");
    case "Edm.Int64":
      return (typeof value === "number" && Number.isInteger(value)) || (typeof value === "string" && /^-?\d+$/.test(value))
        ? undefined
        : mismatch("an integer");
    case "Edm.Double":
    case "Edm.Single":
    case "Edm.Decimal":
      return typeof value === "number" || value === "NaN" || value === "INF" || value === "-INF" ? undefined : mismatch("a number");
    case "Edm.DateTimeOffset":
      return typeof value === "string" && dateTimeOffset.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : mismatch("an ISO 8601 date-time with offset (e.g. 2026-12-01T00:00:00Z)");
    case "Edm.Date":
      return typeof value === "string" && dateOnly.test(value) ? undefined : mismatch("a date (YYYY-MM-DD)");
    case "Edm.TimeOfDay":
      return typeof value === "string" && timeOfDay.test(value) ? undefined : mismatch("a time of day (HH:MM:SS)");
    case "Edm.Guid":
      return typeof value === "string" && guid.test(value) ? undefined : mismatch("a GUID");
    case "Edm.Duration":
      return typeof value === "string" && duration.test(value) ? undefined : mismatch("an ISO 8601 duration");
    case "Edm.Binary":
      return typeof value === "string" && /^[A-Za-z0-9+/=_-]*$/.test(value) ? undefined : mismatch("base64 text");
    default:
      // Edm.Untyped, Edm.Stream, geography types: nothing the emulator can check usefully.
      return undefined;
  }
}

export function checkValue(index: MetadataIndex, type: string, value: unknown, path: string, nullable = true): string | undefined {
  if (value === null) return nullable ? undefined : `${path}: null is not allowed for a non-nullable ${type}.`;
  const { element, isCollection } = unwrapCollection(type);
  if (isCollection) {
    if (!Array.isArray(value)) return `${path}: expected an array for ${type}, got ${describe(value)}.`;
    for (const [i, item] of value.entries()) {
      const problem = checkValue(index, element, item, `${path}[${i}]`);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  if (element.startsWith("Edm.")) return checkPrimitive(element, value, path);
  const enumInfo = index.enums[element];
  if (enumInfo) {
    if (typeof value !== "string") return `${path}: expected a ${element} member name, got ${describe(value)}.`;
    const parts = enumInfo.isFlags ? value.split(",").map((p) => p.trim()) : [value];
    const unknown = parts.find((p) => !enumInfo.members.includes(p));
    return unknown === undefined ? undefined : `${path}: '${unknown}' is not a member of ${element} (${enumInfo.members.join(", ")}).`;
  }
  if (Object.hasOwn(index.types, element)) {
    if (!isRecord(value)) return `${path}: expected an object for ${element}, got ${describe(value)}.`;
    return checkObject(index, element, value, path);
  }
  return undefined;
}

/**
 * OData JSON 4.01 §8.5: `@odata.bind` binds a navigation property to existing entities by their
 * URLs — one URL for a single-valued navigation, an array of URLs for a collection
 * (https://learn.microsoft.com/graph/api/chat-post-tabs uses `teamsApp@odata.bind`).
 */
function checkBind(index: MetadataIndex, type: string, name: string, value: unknown, path: string): string | undefined {
  const navigation = findNavigation(index, type, name);
  if (!navigation) return `${path}: '${name}' is not a navigation property of type '${type}'; @odata.bind applies only to navigation properties.`;
  const isUrl = (v: unknown): boolean => typeof v === "string" && v.trim() !== "";
  if (unwrapCollection(navigation.type).isCollection) {
    return Array.isArray(value) && value.every(isUrl) ? undefined : `${path}: expected an array of entity URLs for the collection '${name}', got ${describe(value)}.`;
  }
  return isUrl(value) ? undefined : `${path}: expected an entity URL string for '${name}', got ${describe(value)}.`;
}

export function checkObject(index: MetadataIndex, declaredType: string, body: Record<string, unknown>, path = "body"): string | undefined {
  let type = declaredType;
  const odataType = body["@odata.type"];
  if (odataType !== undefined) {
    const resolved = typeof odataType === "string" ? resolveTypeName(index, odataType) : undefined;
    if (resolved === undefined) return `${path}.@odata.type: unknown type '${JSON.stringify(odataType)}'.`;
    if (!isDerivedFrom(index, resolved, declaredType)) return `${path}.@odata.type: '${resolved}' is not derived from '${declaredType}'.`;
    type = resolved;
  }
  const open = isOpenType(index, type);
  for (const [key, value] of Object.entries(body)) {
    const at = key.indexOf("@");
    if (at === 0) continue; // instance annotations such as @odata.type / @odata.etag
    if (at > 0) {
      const name = key.slice(0, at);
      if (key.slice(at + 1) === "odata.bind") {
        const problem = checkBind(index, type, name, value, `${path}.${key}`);
        if (problem !== undefined) return problem;
        continue;
      }
      if (!findNavigation(index, type, name) && !findProperty(index, type, name) && !open) {
        return `${path}.${key}: the property '${name}' does not exist on type '${type}'.`;
      }
      continue;
    }
    const property = findProperty(index, type, key);
    if (property) {
      const problem = checkValue(index, property.type, value, `${path}.${key}`, property.nullable);
      if (problem !== undefined) return problem;
      continue;
    }
    const navigation = findNavigation(index, type, key);
    if (navigation) {
      const problem = checkValue(index, navigation.type, value, `${path}.${key}`);
      if (problem !== undefined) return problem;
      continue;
    }
    if (!open) {
      return `${path}.${key}: the property '${key}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`;
    }
  }
  return undefined;
}
