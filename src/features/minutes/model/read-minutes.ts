// Pure: the published minutes arranged for reading (docs/domain.md §5) — per agenda item its notes,
// each decision with the action items that carry it out, then the item's actions linked to no
// decision. An action whose decision is gone stays with its agenda item; none is dropped.
import { findActionSource } from "@/meeting/model/records/action-source";
import type { ActionItem, Decision, MinutesItem, MinutesRecord } from "@/meeting/model/records/minutes-record";

export interface ReadingItem {
  item: MinutesItem;
  decisions: { decision: Decision; actions: ActionItem[] }[];
  /** Actions of the agenda item linked to no decision. */
  actions: ActionItem[];
}

export function arrangeForReading(minutes: MinutesRecord): { items: ReadingItem[]; unplaced: ActionItem[] } {
  const items: ReadingItem[] = minutes.items.map((item) => ({
    item,
    decisions: item.decisions.map((decision) => ({ decision, actions: [] })),
    actions: [],
  }));
  const unplaced: ActionItem[] = [];
  for (const action of minutes.actions) {
    const source = findActionSource(minutes.items, action);
    const reading = source.kind === "none" ? undefined : items.find((r) => r.item.id === source.itemId);
    if (reading === undefined) unplaced.push(action);
    else if (source.kind === "decision")
      reading.decisions.find((d) => d.decision.id === source.decisionId)?.actions.push(action);
    else reading.actions.push(action);
  }
  return { items, unplaced };
}
