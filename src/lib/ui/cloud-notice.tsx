import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { CloudFeatureArea } from "@/lib/graph/unavailable-in-cloud";

/**
 * A feature the configured Microsoft 365 cloud does not offer (Microsoft 365 operated by 21Vianet
 * has no Planner, for one): said as information, not an error, with what still works.
 */
export function CloudNotice({ area }: { area: CloudFeatureArea }) {
  const { t } = useTranslation("common");
  return (
    <MessageBar intent="info" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{t("unavailableInCloud.title")}</MessageBarTitle>
        {t(`unavailableInCloud.${area}`)}
      </MessageBarBody>
    </MessageBar>
  );
}
