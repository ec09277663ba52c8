import { useTranslation } from "react-i18next";
import { WorkspaceError } from "@/meeting/api/workspace";
import { ErrorNotice } from "@/lib/ui/error-notice";

/** A workspace the viewer cannot open: say so in words, and for a non-member name whom to ask. */
export function WorkspaceErrorNotice({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t, i18n } = useTranslation("app");
  if (error instanceof WorkspaceError && error.detail.kind === "notMember") {
    const owners = new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(
      error.detail.owners.map((o) => (o.email ? `${o.name} <${o.email}>` : o.name)),
    );
    return (
      <ErrorNotice
        error={error}
        message={t("workbench.notMember", { owners: owners || t("workbench.noOwners") })}
        onRetry={onRetry}
      />
    );
  }
  if (error instanceof WorkspaceError && error.detail.kind === "siteMissing") {
    return <ErrorNotice error={error} message={t("workbench.siteMissing")} onRetry={onRetry} />;
  }
  return <ErrorNotice error={error} onRetry={onRetry} />;
}
