import { makeStyles, tokens } from "@fluentui/react-components";
import { defaultRangeExtractor, useVirtualizer } from "@tanstack/react-virtual";
import type { Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef, useState } from "react";
import type { KeyboardEvent, ReactNode } from "react";

export interface VirtualListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** Names the list for screen readers; the scroll area carries the same name as a region. */
  label: string;
  /** A collapsed row's height in px: rows are measured once drawn, this only places the ones not drawn yet. */
  estimateSize: number;
  /** Rows drawn beyond the visible ones on each side, so Tab always has a next row to move to. */
  overscan?: number;
}

const useStyles = makeStyles({
  scroll: {
    maxHeight: "min(70vh, 640px)",
    overflowY: "auto",
    overflowX: "hidden",
    overscrollBehavior: "contain",
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  list: { position: "relative", width: "100%", margin: 0, padding: 0 },
  row: { position: "absolute", top: 0, left: 0, width: "100%", minWidth: 0, overflowWrap: "anywhere" },
});

/**
 * A long list that keeps only the rows in view (plus `overscan`) in the DOM, so a series years long
 * costs no more to show than a month of it. Screen readers still hear the whole length: each row
 * says its place (aria-posinset) of all (aria-setsize). The scroll area takes focus; there, and on a
 * row's first control (e.g. an accordion header), Home/End move focus to the first and the last row
 * and the arrow keys to the row above or below. A row that holds focus stays drawn while it is
 * scrolled away, so focus is never dropped to the page.
 */
export function VirtualList<T>({ items, getKey, renderItem, label, estimateSize, overscan = 4 }: VirtualListProps<T>) {
  const styles = useStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | undefined>(undefined);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focused === undefined || focused >= range.count || indexes.includes(focused)) return indexes;
      return [...indexes, focused].sort((a, b) => a - b);
    },
    [focused],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the app is not built with the React Compiler; the virtualizer re-renders this component itself
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : getKey(item);
    },
    rangeExtractor,
  });

  // A row asked for by keyboard is focused once it is drawn: scrolling to it draws it a frame later.
  const [pendingFocus, setPendingFocus] = useState<number | undefined>(undefined);
  const virtualRows = virtualizer.getVirtualItems();
  useEffect(() => {
    if (pendingFocus === undefined) return;
    const target = scrollRef.current?.querySelector(`[data-index="${String(pendingFocus)}"]`);
    const control = target === null || target === undefined ? undefined : findFirstControl(target);
    if (control === undefined) return;
    control.focus();
    setPendingFocus(undefined);
  }, [pendingFocus, virtualRows]);

  const moveTo = (index: number) => {
    virtualizer.scrollToIndex(index, { align: "auto" });
    setPendingFocus(index);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (items.length === 0 || !(event.target instanceof HTMLElement)) return;
    const row = event.target.closest<HTMLElement>("[data-index]");
    const index = row === null ? undefined : Number(row.dataset.index);
    // Keys move between rows from the list itself or from a row's first control (its header), never
    // from inside a row's details.
    const onRowHead = row !== null && findFirstControl(row) === event.target;
    if (event.target !== scrollRef.current && !onRowHead) return;
    const to =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? items.length - 1
          : event.key === "ArrowDown" && index !== undefined
            ? Math.min(index + 1, items.length - 1)
            : event.key === "ArrowUp" && index !== undefined
              ? Math.max(index - 1, 0)
              : undefined;
    if (to === undefined) return;
    event.preventDefault();
    moveTo(to);
  };

  return (
    <div
      ref={scrollRef}
      className={styles.scroll}
      role="region"
      aria-label={label}
      // A scroll area must be reachable by keyboard to be scrolled without a mouse (WCAG 2.1.1).
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div role="list" aria-label={label} className={styles.list} style={{ height: virtualizer.getTotalSize() }}>
        {virtualRows.map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="listitem"
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className={styles.row}
              style={{ transform: `translateY(${row.start}px)` }}
              onFocus={() => {
                setFocused(row.index);
              }}
              onBlur={(event) => {
                if (!(event.relatedTarget instanceof Node) || !scrollRef.current?.contains(event.relatedTarget))
                  setFocused(undefined);
              }}
            >
              {renderItem(item, row.index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function findFirstControl(row: Element): HTMLElement | undefined {
  const control = row.querySelector<HTMLElement>(
    'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])',
  );
  return control ?? undefined;
}
