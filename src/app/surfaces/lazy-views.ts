// The views the meeting surfaces compose, each loaded on demand with its strings: the side panel's
// first view (the series) needs none of them, and the Outlook task panes only a few.
import { lazy } from "react";
import { loadWithStrings } from "../lazy-strings";

// The views past the overview load on demand: the side panel's first view (the series) needs none of them.
export const AgendaPanel = lazy(() =>
  loadWithStrings(
    import("@/features/agenda"),
    (m) => m.AgendaPanel,
    (m) => ({ agenda: m.agendaStrings }),
  ),
);
export const ReportPanel = lazy(() =>
  loadWithStrings(
    import("@/features/reports"),
    (m) => m.ReportPanel,
    (m) => ({ reports: m.reportsStrings }),
  ),
);
export const LocalReportDrafts = lazy(() =>
  loadWithStrings(
    import("@/features/reports"),
    (m) => m.LocalReportDrafts,
    (m) => ({ reports: m.reportsStrings }),
  ),
);
export const TrackerView = lazy(() =>
  loadWithStrings(
    import("./tracker-view"),
    (m) => m.TrackerView,
    (m) => m.strings,
  ),
);
export const ReviewSection = lazy(() =>
  loadWithStrings(
    import("@/features/follow-up"),
    (m) => m.ReviewSection,
    (m) => ({ followUp: m.followUpStrings }),
  ),
);
export const SeriesHistory = lazy(() =>
  loadWithStrings(
    import("@/features/follow-up"),
    (m) => m.SeriesHistory,
    (m) => ({ followUp: m.followUpStrings }),
  ),
);
export const SeriesRollups = lazy(() =>
  loadWithStrings(
    import("@/features/follow-up"),
    (m) => m.SeriesRollups,
    (m) => ({ followUp: m.followUpStrings }),
  ),
);
export const MinutesView = lazy(() =>
  loadWithStrings(
    import("./minutes-view"),
    (m) => m.MinutesView,
    (m) => m.strings,
  ),
);
// An attendee's own leave, on the overview and the report view (docs/domain.md §6).
export const OccurrenceLeave = lazy(() =>
  loadWithStrings(
    import("./leave-section"),
    (m) => m.OccurrenceLeave,
    (m) => m.strings,
  ),
);
// Only the organizer of a series kept in a public group sees it (docs/domain.md §8).
export const PublicWorkspaceWarning = lazy(() =>
  loadWithStrings(
    import("@/features/setup"),
    (m) => m.PublicWorkspaceWarning,
    (m) => ({ setup: m.setupStrings }),
  ),
);
export const SetupSurface = lazy(() =>
  loadWithStrings(
    import("./setup-surface"),
    (m) => m.SetupSurface,
    (m) => m.strings,
  ),
);
