// Parses Graph's CSDL XML (edmx) into the compact MetadataIndex the contract checks use. Pure
// function of the XML text: alias names ("graph.x") are resolved to their namespace, annotations
// that matter to the emulator (required query options, If-Match, expandability, key access) are
// folded into each navigation property, and everything else is dropped.
import { XMLParser } from "fast-xml-parser";
import type {
  MetadataIndex,
  NavigationInfo,
  OperationInfo,
  PropertyInfo,
  StructuredTypeInfo,
} from "./types.ts";

export const INDEX_VERSION = 1;

interface XmlNode {
  readonly [key: string]: XmlNode[] | string | undefined;
}

function readChildren(node: XmlNode, tag: string): XmlNode[] {
  const value = node[tag];
  return Array.isArray(value) ? value : [];
}

function readAttr(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

function requireAttr(node: XmlNode, name: string): string {
  const value = readAttr(node, name);
  if (value === undefined) throw new Error(`CSDL element without required attribute ${name}`);
  return value;
}

/** Walks every Record below an annotation and yields its PropertyValue map. */
function* walkRecords(node: XmlNode): Generator<Map<string, XmlNode>> {
  for (const record of readChildren(node, "Record")) {
    const values = new Map<string, XmlNode>();
    for (const pv of readChildren(record, "PropertyValue")) values.set(requireAttr(pv, "Property"), pv);
    yield values;
    for (const pv of readChildren(record, "PropertyValue")) {
      yield* walkRecords(pv);
      for (const collection of readChildren(pv, "Collection")) yield* walkRecords(collection);
    }
  }
}

type MutableNav = { -readonly [K in keyof NavigationInfo]: NavigationInfo[K] };

function applyAnnotations(nav: MutableNav, annotations: XmlNode[]): void {
  for (const annotation of annotations) {
    const term = readAttr(annotation, "Term") ?? "";
    if (term.endsWith("IndexableByKey") && readAttr(annotation, "Bool") === "false") nav.notIndexableByKey = true;
    for (const record of walkRecords(annotation)) {
      const name = record.get("Name");
      const required = record.get("Required");
      const isRequired = required !== undefined && readAttr(required, "Bool") === "true";
      if (name !== undefined && isRequired) {
        const optionName = requireAttr(name, "String");
        if (optionName === "If-Match" && (term.endsWith("UpdateRestrictions") || term.endsWith("DeleteRestrictions"))) {
          nav.ifMatchRequired = true;
        } else if (term.endsWith("ReadRestrictions") || term.endsWith("NavigationRestrictions")) {
          nav.requiredQuery = [...new Set([...(nav.requiredQuery ?? []), optionName])];
        }
      }
      const expandable = record.get("Expandable");
      if (term.endsWith("ExpandRestrictions") && expandable !== undefined && readAttr(expandable, "Bool") === "false") {
        nav.notExpandable = true;
      }
      const byKey = record.get("ReadByKeyRestrictions");
      if (byKey !== undefined) {
        for (const inner of walkRecords(byKey)) {
          const readable = inner.get("Readable");
          if (readable !== undefined && readAttr(readable, "Bool") === "false") nav.notIndexableByKey = true;
        }
      }
    }
  }
}

export function buildMetadataIndex(xml: string): MetadataIndex {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
  });
  const root = parser.parse(xml) as XmlNode;
  const edmx = readChildren(root, "edmx:Edmx")[0];
  const dataServices = edmx ? readChildren(edmx, "edmx:DataServices")[0] : undefined;
  if (!dataServices) throw new Error("Not an OData CSDL document: no edmx:DataServices");
  const schemas = readChildren(dataServices, "Schema");

  const aliases = new Map<string, string>();
  for (const schema of schemas) {
    const alias = readAttr(schema, "Alias");
    if (alias !== undefined) aliases.set(alias, requireAttr(schema, "Namespace"));
  }
  const qualify = (typeName: string): string => {
    const collection = /^Collection\((.+)\)$/.exec(typeName);
    if (collection?.[1] !== undefined) return `Collection(${qualify(collection[1])})`;
    const dot = typeName.lastIndexOf(".");
    if (dot < 0) return typeName;
    const prefix = typeName.slice(0, dot);
    const resolved = aliases.get(prefix);
    return resolved === undefined ? typeName : `${resolved}${typeName.slice(dot)}`;
  };

  const types: Record<string, StructuredTypeInfo> = {};
  const navByTarget = new Map<string, MutableNav>();
  const enums: Record<string, { members: string[]; isFlags: boolean }> = {};
  const entitySets: Record<string, string> = {};
  const singletons: Record<string, string> = {};
  const operations: Record<string, OperationInfo[]> = {};
  const deferredAnnotations: { target: string; annotations: XmlNode[] }[] = [];

  for (const schema of schemas) {
    const namespace = requireAttr(schema, "Namespace");
    for (const [tag, kind] of [["EntityType", "entity"], ["ComplexType", "complex"]] as const) {
      for (const node of readChildren(schema, tag)) {
        const name = `${namespace}.${requireAttr(node, "Name")}`;
        const properties: Record<string, PropertyInfo> = {};
        for (const p of readChildren(node, "Property")) {
          properties[requireAttr(p, "Name")] = {
            type: qualify(requireAttr(p, "Type")),
            nullable: readAttr(p, "Nullable") !== "false",
          };
        }
        const navigations: Record<string, NavigationInfo> = {};
        for (const n of readChildren(node, "NavigationProperty")) {
          const navName = requireAttr(n, "Name");
          const nav: MutableNav = { type: qualify(requireAttr(n, "Type")), containsTarget: readAttr(n, "ContainsTarget") === "true" };
          applyAnnotations(nav, readChildren(n, "Annotation"));
          navigations[navName] = nav;
          navByTarget.set(`${name}/${navName}`, nav);
        }
        const baseType = readAttr(node, "BaseType");
        types[name] = {
          kind,
          ...(baseType === undefined ? {} : { baseType: qualify(baseType) }),
          isOpen: readAttr(node, "OpenType") === "true",
          isAbstract: readAttr(node, "Abstract") === "true",
          properties,
          navigations,
        };
      }
    }
    for (const node of readChildren(schema, "EnumType")) {
      enums[`${namespace}.${requireAttr(node, "Name")}`] = {
        members: readChildren(node, "Member").map((m) => requireAttr(m, "Name")),
        isFlags: readAttr(node, "IsFlags") === "true",
      };
    }
    for (const [tag, kind] of [["Function", "function"], ["Action", "action"]] as const) {
      for (const node of readChildren(schema, tag)) {
        if (readAttr(node, "IsBound") !== "true") continue;
        const binding = readChildren(node, "Parameter")[0];
        if (!binding) continue;
        const bindingType = qualify(requireAttr(binding, "Type"));
        const returnNode = readChildren(node, "ReturnType")[0];
        const returnType = returnNode ? qualify(requireAttr(returnNode, "Type")) : undefined;
        (operations[bindingType] ??= []).push({
          kind,
          name: `${namespace}.${requireAttr(node, "Name")}`,
          bindingType,
          ...(returnType === undefined ? {} : { returnType }),
        });
      }
    }
    for (const container of readChildren(schema, "EntityContainer")) {
      for (const set of readChildren(container, "EntitySet")) {
        entitySets[requireAttr(set, "Name")] = qualify(requireAttr(set, "EntityType"));
      }
      for (const singleton of readChildren(container, "Singleton")) {
        singletons[requireAttr(singleton, "Name")] = qualify(requireAttr(singleton, "Type"));
      }
    }
    for (const node of readChildren(schema, "Annotations")) {
      deferredAnnotations.push({ target: qualify(requireAttr(node, "Target")), annotations: readChildren(node, "Annotation") });
    }
  }
  for (const { target, annotations } of deferredAnnotations) {
    const nav = navByTarget.get(target);
    if (nav) applyAnnotations(nav, annotations);
  }
  return { version: INDEX_VERSION, types, enums, entitySets, singletons, operations };
}
