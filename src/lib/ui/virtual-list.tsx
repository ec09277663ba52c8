import { makeStyles, tokens } from "@fluentui/react-components";
import { defaultRangeExtractor, useVirtualizer } from "@tanstack/react-virtual";
import type { Range } from "@tanstack/react-virtual";
import { useCallback, useRef, useState } from "react";
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
 * says its place (aria-posinset) of all (aria-setsize). The scroll area takes focus, and Home/End
 * there jump to the first and the last row. A row that holds focus stays drawn while it is scrolled
 * away, so focus is never dropped to the page.
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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== scrollRef.current || items.length === 0) return;
    if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      virtualizer.scrollToIndex(event.key === "Home" ? 0 : items.length - 1, {
        align: event.key === "Home" ? "start" : "end",
      });
    }
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
        {virtualizer.getVirtualItems().map((row) => {
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
