// Where an action item came from (docs/domain.md §5): the decision it carries out, or — for an item
// recorded without one (a help request, a note-taker's quick add, minutes written before actions were
// linked) — its agenda item. Pure and shared: the minutes editor, the Planner task details, the
// decision register and the meeting health all read the link the same way, and never guess a
// decision the action was not linked to.

interface SourceItem {
  id: string;
  title?: string | undefined;
  decisions?: readonly { id: string; text: string }[] | undefined;
}

interface LinkedAction {
  itemId?: string | undefined;
  decisionId?: string | undefined;
}

export type ActionSource =
  | { kind: "decision"; itemId: string; itemTitle: string; decisionId: string; decisionText: string }
  | { kind: "item"; itemId: string; itemTitle: string }
  | { kind: "none" };

export function findActionSource(items: readonly SourceItem[], action: LinkedAction): ActionSource {
  if (action.decisionId !== undefined) {
    for (const item of items) {
      const decision = item.decisions?.find((d) => d.id === action.decisionId);
      if (decision)
        return {
          kind: "decision",
          itemId: item.id,
          itemTitle: item.title ?? "",
          decisionId: decision.id,
          decisionText: decision.text,
        };
    }
  }
  const item = items.find((i) => i.id === action.itemId);
  return item ? { kind: "item", itemId: item.id, itemTitle: item.title ?? "" } : { kind: "none" };
}

/** The decision a new action of this agenda item belongs to by default: the latest one recorded. */
export function getDefaultDecisionId(item: SourceItem): string | undefined {
  return item.decisions?.at(-1)?.id;
}
