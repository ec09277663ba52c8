// The compact index derived from Graph's CSDL metadata. Type names are always fully qualified
// ("microsoft.graph.plannerTask"); collection types are written "Collection(<name>)".

export interface PropertyInfo {
  /** Fully qualified type, e.g. "Edm.String", "microsoft.graph.identitySet", "Collection(Edm.String)". */
  readonly type: string;
  readonly nullable: boolean;
}

export interface NavigationInfo {
  readonly type: string;
  readonly containsTarget: boolean;
  /** Custom query options the metadata marks Required (calendarView's startDateTime/endDateTime). */
  readonly requiredQuery?: readonly string[];
  /** Update/delete through this navigation requires an If-Match header (Planner). */
  readonly ifMatchRequired?: boolean;
  /** `Org.OData.Capabilities.V1.ExpandRestrictions/Expandable` is false. */
  readonly notExpandable?: boolean;
  /** `IndexableByKey` false or `ReadByKeyRestrictions/Readable` false. */
  readonly notIndexableByKey?: boolean;
}

export interface StructuredTypeInfo {
  readonly kind: "entity" | "complex";
  readonly baseType?: string;
  readonly isOpen: boolean;
  readonly isAbstract: boolean;
  readonly properties: Readonly<Record<string, PropertyInfo>>;
  readonly navigations: Readonly<Record<string, NavigationInfo>>;
}

export interface OperationInfo {
  readonly kind: "function" | "action";
  readonly name: string;
  /** Binding parameter type, e.g. "microsoft.graph.user" or "Collection(microsoft.graph.event)". */
  readonly bindingType: string;
  readonly returnType?: string;
}

export interface MetadataIndex {
  readonly version: number;
  readonly types: Readonly<Record<string, StructuredTypeInfo>>;
  readonly enums: Readonly<Record<string, { readonly members: readonly string[]; readonly isFlags: boolean }>>;
  readonly entitySets: Readonly<Record<string, string>>;
  readonly singletons: Readonly<Record<string, string>>;
  /** Bound operations keyed by binding type. */
  readonly operations: Readonly<Record<string, readonly OperationInfo[]>>;
}
