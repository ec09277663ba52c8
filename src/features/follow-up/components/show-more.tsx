import { Button } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useFollowUpTranslation } from "./follow-up-i18n";

export interface PagedItems<T> {
  shown: readonly T[];
  total: number;
  showMore: () => void;
}

/**
 * The first `pageSize` items, and more on request: lists that grow with the series' age (the
 * decision register, search hits, per-occurrence tables) stay short until someone asks for more.
 * A new list starts again at one page.
 */
export function usePagedItems<T>(items: readonly T[], pageSize: number): PagedItems<T> {
  const [state, setState] = useState({ source: items, limit: pageSize });
  const limit = state.source === items ? state.limit : pageSize;
  const shown = useMemo(() => (limit >= items.length ? items : items.slice(0, limit)), [items, limit]);
  return {
    shown,
    total: items.length,
    showMore: () => {
      setState({ source: items, limit: limit + pageSize });
    },
  };
}

/** "Show 20 more (20 of 3,120 shown)"; nothing once every item is shown. */
export function ShowMore<T>({ paged, pageSize }: { paged: PagedItems<T>; pageSize: number }) {
  const { t } = useFollowUpTranslation();
  const left = paged.total - paged.shown.length;
  if (left <= 0) return null;
  return (
    <Button appearance="secondary" onClick={paged.showMore}>
      {t("paging.showMore", { count: Math.min(pageSize, left), shown: paged.shown.length, total: paged.total })}
    </Button>
  );
}
