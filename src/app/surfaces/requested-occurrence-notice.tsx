import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { formatDay, formatInZones, formatTime } from "@/lib/time/format-when";
import { formatOccurrenceInZones } from "@/features/series";
import type { RequestedOccurrenceState } from "@/features/series";

/**
 * What a link's occurrence came to when it is not a meeting to open: still being looked up, or
 * cancelled, or not in the series — said plainly, with the nearest meeting offered, never opened for it.
 */
export function RequestedOccurrenceNotice({
  state,
  timeZone,
  onOpen,
}: {
  state: RequestedOccurrenceState;
  timeZone: string;
  onOpen: (key: string) => void;
}) {
  const { t } = useTranslation("app");
  const { viewer } = useServices();
  if (state.kind === "none" || state.kind === "found") return null;
  if (state.kind === "loading" || state.kind === "lookUp") return <Spinner label={t("workbench.lookingUp")} />;
  if (state.kind === "error") return <ErrorNotice error={state.error} onRetry={state.retry} />;
  const at = state.at;
  const when =
    at === undefined
      ? undefined
      : formatInZones(
          at,
          viewer,
          timeZone,
          (clock) => formatDay(at, clock),
          (clock) => formatTime(at, clock),
        );
  const what =
    when === undefined
      ? t("workbench.linkInvalid")
      : t(state.kind === "cancelled" ? "workbench.linkCancelled" : "workbench.linkNotInSeries", { when });
  const { nearest } = state;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="requested-occurrence">
      <MessageBarBody>
        {what}{" "}
        {nearest === undefined
          ? t("workbench.noNearest")
          : t("workbench.nearest", { when: formatOccurrenceInZones(nearest, viewer, timeZone) })}
      </MessageBarBody>
      {nearest !== undefined && (
        <MessageBarActions>
          <Button
            onClick={() => {
              onOpen(nearest.key);
            }}
          >
            {t("workbench.openNearest")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
