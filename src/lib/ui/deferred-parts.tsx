import { Suspense, lazy } from "react";
import type { ComponentProps } from "react";
import type { NoticeBar as NoticeBarComponent, StatusBadge as StatusBadgeComponent } from "./status-parts";

// Fluent's MessageBar, Badge and Divider for what the first screen draws, in a chunk it does not
// wait for (docs/architecture.md §6): until the chunk has loaded, a notice and a badge show their
// words as plain text and a divider is left out, so nothing the user reads is missing.
const NoticeBar = lazy(() => import("./status-parts").then((m) => ({ default: m.NoticeBar })));
const StatusBadge = lazy(() => import("./status-parts").then((m) => ({ default: m.StatusBadge })));
const SectionDivider = lazy(() => import("./status-parts").then((m) => ({ default: m.SectionDivider })));

export function DeferredNoticeBar(props: ComponentProps<typeof NoticeBarComponent>) {
  return (
    <Suspense fallback={<p>{props.children}</p>}>
      <NoticeBar {...props} />
    </Suspense>
  );
}

export function DeferredStatusBadge(props: ComponentProps<typeof StatusBadgeComponent>) {
  return (
    <Suspense fallback={<span>{props.children}</span>}>
      <StatusBadge {...props} />
    </Suspense>
  );
}

export function DeferredDivider() {
  return (
    <Suspense fallback={null}>
      <SectionDivider />
    </Suspense>
  );
}
