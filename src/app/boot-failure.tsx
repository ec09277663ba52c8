import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { DeferredErrorNotice } from "@/lib/ui/deferred-error-notice";

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL } });

/** Start-up failed (configuration, sign-in): say what and how to fix it, never a blank panel. */
export function BootFailure({ error }: { error: unknown }) {
  const { t } = useTranslation("common");
  const styles = useStyles();
  const detail = error instanceof Error ? error.message : String(error);
  const isConfig = error instanceof Error && error.name === "ConfigError";
  return (
    <div className={styles.root}>
      <DeferredErrorNotice
        error={error}
        message={isConfig ? t("errors.config", { detail }) : undefined}
        onRetry={() => {
          window.location.reload();
        }}
      />
    </div>
  );
}
