import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useOptionalServices } from "@/lib/app-services/services-context";
import type { ConsentProblem } from "@/lib/graph/errors";
import { scopePurposes } from "@/lib/graph/scope-purposes";
import { isScopeName, scopeCatalog } from "@/lib/graph/scopes";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
  scope: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  badge: { marginInlineStart: tokens.spacingHorizontalXS },
});

/**
 * A permission Meetloop was not granted, in place of the view that needed it: which one, what it
 * is for, whether only an administrator can grant it and the link they grant it with, and a retry.
 */
export function ConsentNotice({ consent, onRetry }: { consent: ConsentProblem; onRetry?: (() => void) | undefined }) {
  const { t, i18n } = useTranslation("common");
  const styles = useStyles();
  const adminConsentUrl = useOptionalServices()?.adminConsentUrl;
  const purposes = i18n.language === "zh-CN" ? scopePurposes["zh-CN"] : scopePurposes["en-US"];
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("consent.title")}</MessageBarTitle>
        {t(consent.needsAdmin ? "consent.introAdmin" : "consent.introUser")}
        <ul className={styles.list} aria-label={t("consent.permissions")}>
          {consent.scopes.map((scope) => (
            <li key={scope} className={styles.item}>
              <span className={styles.scope}>{scope}</span>
              {isScopeName(scope) && scopeCatalog[scope].adminConsent && (
                <Badge className={styles.badge} appearance="tint" color="warning">
                  {t("consent.adminOnly")}
                </Badge>
              )}
              {isScopeName(scope) && <> — {purposes[scope]}</>}
            </li>
          ))}
        </ul>
        {!consent.needsAdmin && t("consent.askAgain")}
        {consent.needsAdmin && adminConsentUrl === undefined && t("consent.adminCenter")}
        {consent.needsAdmin && adminConsentUrl !== undefined && (
          <>
            {t("consent.sendLink")}{" "}
            <Link href={adminConsentUrl} target="_blank" rel="noreferrer">
              {t("consent.adminLink")}
            </Link>
          </>
        )}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("retry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
