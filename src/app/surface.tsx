import { Suspense, lazy, useState } from "react";
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { DeferredNoticeBar } from "@/lib/ui/deferred-parts";
import { SeriesView, useSeries } from "@/features/series";
import { loadWithStrings } from "./lazy-strings";

// Only the series view is in the start-up chunk: it is what the side panel shows first. The
// workbench starts loading once the series is on screen, so its chunks do not compete with the
// start-up's; while it loads, the series itself is its placeholder.
const MeetingWorkbench = lazy(() =>
  loadWithStrings(
    import("./surfaces/meeting-workbench"),
    (m) => m.MeetingWorkbench,
    (m) => m.strings,
  ),
);
const SetupSurface = lazy(() =>
  loadWithStrings(
    import("./surfaces/setup-surface"),
    (m) => m.SetupSurface,
    (m) => m.strings,
  ),
);
const OutlookSurface = lazy(() =>
  loadWithStrings(
    import("./surfaces/outlook-surface"),
    (m) => m.OutlookSurface,
    (m) => m.strings,
  ),
);
// NOTE: a literal VITE_DEMO comparison beside the import() keeps the demo chunk out of production
// builds (lib/config/demo-build.ts).
const FakeOfficePanel =
  import.meta.env.VITE_DEMO === "true"
    ? lazy(() =>
        loadWithStrings(
          import("./demo/fake-office-panel"),
          (m) => m.FakeOfficePanel,
          (m) => m.strings,
        ),
      )
    : undefined;
const PersonalSurface = lazy(() =>
  loadWithStrings(
    import("./surfaces/personal-surface"),
    (m) => m.PersonalSurface,
    (m) => m.strings,
  ),
);

const useStyles = makeStyles({
  panel: {
    padding: tokens.spacingHorizontalM,
    maxWidth: "1040px",
    marginInline: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
});

function NoMeeting() {
  const { t } = useTranslation("series");
  return <DeferredNoticeBar intent="warning">{t("errors.noChat")}</DeferredNoticeBar>;
}

/**
 * The series first; the workbench once it is shown — or once reading it failed, since the workbench
 * is what shows a speaker's drafts saved in this browser while Microsoft 365 is out of reach.
 */
function MeetingContent({ seriesId, layout }: { seriesId: string; layout: "panel" | "wide" }) {
  const series = useSeries(seriesId);
  // Sticky: a retry puts a query with no data back to pending, and switching back to the series
  // view would mount it anew, which retries at once — an outage would become a loop of requests.
  const [hasFailed, setHasFailed] = useState(false);
  if (series.isError && !hasFailed) setHasFailed(true);
  if (series.data === undefined && !hasFailed && !series.isError) return <SeriesView seriesId={seriesId} />;
  return (
    <Suspense fallback={<SeriesView seriesId={seriesId} />}>
      <MeetingWorkbench seriesId={seriesId} layout={layout} />
    </Suspense>
  );
}

/** Picks what to draw from the host's frame context: one app, several Teams surfaces. */
export function Surface() {
  const styles = useStyles();
  const { host } = useServices();
  const { t } = useTranslation();
  const { frame, chatId: seriesId } = host.context;
  const loading = <Spinner label={t("loading")} />;
  let content;
  if (frame === "outlook") {
    content = (
      <Suspense fallback={loading}>
        <OutlookSurface />
        {FakeOfficePanel === undefined ? null : <FakeOfficePanel />}
      </Suspense>
    );
  } else if (frame === "personal") {
    content = (
      <Suspense fallback={loading}>
        <PersonalSurface />
      </Suspense>
    );
  } else if (!seriesId) content = <NoMeeting />;
  else if (frame === "settings") {
    content = (
      <Suspense fallback={loading}>
        <SetupSurface seriesId={seriesId} showSaveButton={host.context.host === "browser"} />
      </Suspense>
    );
  } else content = <MeetingContent seriesId={seriesId} layout={frame === "sidePanel" ? "panel" : "wide"} />;
  return <main className={styles.panel}>{content}</main>;
}
