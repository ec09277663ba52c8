// Lookups over the metadata index that follow inheritance (properties declared on base types,
// casts to derived types, operations bound to ancestors).
import type { MetadataIndex, NavigationInfo, OperationInfo, PropertyInfo, StructuredTypeInfo } from "./types.ts";

const derivedCache = new WeakMap<MetadataIndex, Map<string, string[]>>();

export function unwrapCollection(type: string): { element: string; isCollection: boolean } {
  const match = /^Collection\((.+)\)$/.exec(type);
  return match?.[1] === undefined ? { element: type, isCollection: false } : { element: match[1], isCollection: true };
}

export function* listAncestors(index: MetadataIndex, typeName: string): Generator<[string, StructuredTypeInfo]> {
  let current: string | undefined = typeName;
  while (current !== undefined) {
    const info: StructuredTypeInfo | undefined = index.types[current];
    if (!info) return;
    yield [current, info];
    current = info.baseType;
  }
}

export function isDerivedFrom(index: MetadataIndex, candidate: string, base: string): boolean {
  for (const [name] of listAncestors(index, candidate)) if (name === base) return true;
  return false;
}

export function listDescendants(index: MetadataIndex, typeName: string): string[] {
  let derived = derivedCache.get(index);
  if (!derived) {
    derived = new Map();
    for (const [name, info] of Object.entries(index.types)) {
      if (info.baseType !== undefined) {
        const list = derived.get(info.baseType) ?? [];
        list.push(name);
        derived.set(info.baseType, list);
      }
    }
    derivedCache.set(index, derived);
  }
  const result: string[] = [];
  const queue = [...(derived.get(typeName) ?? [])];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    result.push(next);
    queue.push(...(derived.get(next) ?? []));
  }
  return result;
}

function findMember<T>(
  index: MetadataIndex,
  typeName: string,
  name: string,
  pick: (info: StructuredTypeInfo) => Readonly<Record<string, T>>,
): T | undefined {
  for (const [, info] of listAncestors(index, typeName)) {
    const members = pick(info);
    if (Object.hasOwn(members, name)) return members[name];
  }
  return undefined;
}

export function findProperty(index: MetadataIndex, typeName: string, name: string): PropertyInfo | undefined {
  return findMember(index, typeName, name, (info) => info.properties);
}

export function findNavigation(index: MetadataIndex, typeName: string, name: string): NavigationInfo | undefined {
  return findMember(index, typeName, name, (info) => info.navigations);
}

export function isOpenType(index: MetadataIndex, typeName: string): boolean {
  for (const [, info] of listAncestors(index, typeName)) if (info.isOpen) return true;
  return false;
}

/** Resolves `microsoft.graph.x`, `#microsoft.graph.x` or bare `x` to a known structured type name. */
export function resolveTypeName(index: MetadataIndex, raw: string): string | undefined {
  const name = raw.startsWith("#") ? raw.slice(1) : raw;
  if (Object.hasOwn(index.types, name)) return name;
  const qualified = `microsoft.graph.${name}`;
  return Object.hasOwn(index.types, qualified) ? qualified : undefined;
}

export function findBoundOperation(
  index: MetadataIndex,
  typeName: string,
  isCollection: boolean,
  segment: string,
): OperationInfo | undefined {
  const name = segment.replace(/\(.*\)$/, "");
  for (const [ancestor] of listAncestors(index, typeName)) {
    const key = isCollection ? `Collection(${ancestor})` : ancestor;
    const match = index.operations[key]?.find((op) => op.name === name || op.name.endsWith(`.${name}`));
    if (match) return match;
  }
  return undefined;
}
