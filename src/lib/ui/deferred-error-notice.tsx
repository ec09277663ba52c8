import { Suspense, lazy } from "react";
import type { ComponentProps } from "react";
import type { ErrorNotice as ErrorNoticeComponent } from "./error-notice";

// ErrorNotice for what is drawn at start-up: its chunk (Fluent's MessageBar and Button, the consent
// page) loads only when a failure is shown, so a start-up that succeeds never waits for it.
const ErrorNotice = lazy(() => import("./error-notice").then((m) => ({ default: m.ErrorNotice })));

export function DeferredErrorNotice(props: ComponentProps<typeof ErrorNoticeComponent>) {
  return (
    <Suspense fallback={null}>
      <ErrorNotice {...props} />
    </Suspense>
  );
}
