import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { toAppError } from "@/lib/graph/errors";
import { CloudNotice } from "./cloud-notice";
import { ConsentNotice } from "./consent-notice";

/**
 * One way to show a failure: what happened in words a user understands, and a way to retry. A
 * permission not granted is shown as the consent page, and a feature the configured cloud lacks as
 * what still works, whatever message the caller had ready (retrying would not change either).
 */
export function ErrorNotice({ error, message, onRetry }: { error: unknown; message?: string; onRetry?: () => void }) {
  const { t } = useTranslation("common");
  const appError = toAppError(error);
  if (appError.consent !== undefined) return <ConsentNotice consent={appError.consent} onRetry={onRetry} />;
  if (appError.cloudArea !== undefined) return <CloudNotice area={appError.cloudArea} />;
  const text = message ?? t(`errors.${appError.kind}`, { detail: appError.message });
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("appName")}</MessageBarTitle>
        {text}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("retry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
