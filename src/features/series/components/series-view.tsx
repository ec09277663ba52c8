import { useEffect } from "react";
import { Spinner } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { DeferredErrorNotice } from "@/lib/ui/deferred-error-notice";
import { useSeries } from "../api/use-series";
import { SeriesError } from "../api/resolve-series";
import { SeriesOverview } from "./series-overview";

export const seriesReadyMark = "meetloop:series-ready";

/** Marks the moment the series is on screen (once per page), wherever it is shown. */
export function useSeriesReadyMark(isReady: boolean): void {
  useEffect(() => {
    if (isReady && performance.getEntriesByName(seriesReadyMark).length === 0) performance.mark(seriesReadyMark);
  }, [isReady]);
}

export function SeriesView({ seriesId }: { seriesId: string }) {
  const { t } = useTranslation("series");
  const { viewer } = useServices();
  const query = useSeries(seriesId);

  useSeriesReadyMark(query.isSuccess);

  if (query.isPending) return <Spinner label={t("common:loading")} />;
  // A series already shown stays shown when revalidating it fails; the next open tries again.
  if (query.isError && query.data === undefined) {
    const error = query.error;
    const message = error instanceof SeriesError ? t(`errors.${error.kind}`) : undefined;
    return <DeferredErrorNotice error={error} message={message} onRetry={() => void query.refetch()} />;
  }
  return <SeriesOverview series={query.data} viewer={viewer} now={new Date()} />;
}
