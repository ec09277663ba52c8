import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/lib/ui/error-notice";
import { useInsertAgenda } from "../api/use-insert-agenda";
import type { InvitationBody } from "../api/use-insert-agenda";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
});

export interface InvitationInsertProps {
  body: InvitationBody;
  /** The agenda as shown, written as HTML when the button is pressed. */
  renderHtml: () => string;
  /** An agenda longer than the meeting goes out to nobody (docs/domain.md §1): the button is off meanwhile. */
  isOverTime: boolean;
}

/** "Insert agenda into invitation", with what happened kept on screen until the next attempt. */
export function InvitationInsert({ body, renderHtml, isOverTime }: InvitationInsertProps) {
  const { t } = useTranslation("agenda");
  const styles = useStyles();
  const insert = useInsertAgenda(body);
  const run = (force: boolean) => {
    insert.mutate({ html: renderHtml(), force });
  };
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        disabled={insert.isPending || isOverTime}
        {...(isOverTime ? { "aria-describedby": "agenda-time-check" } : {})}
        onClick={() => {
          run(false);
        }}
      >
        {insert.isPending ? t("invitation.inserting") : t("invitation.insert")}
      </Button>
      <Text size={200}>{t("invitation.hint")}</Text>
      {insert.data === "inserted" && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t("invitation.inserted")}</MessageBarBody>
        </MessageBar>
      )}
      {insert.data === "alreadyThere" && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{t("invitation.alreadyThere")}</MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                run(true);
              }}
            >
              {t("invitation.insertAnyway")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {insert.isError && (
        <ErrorNotice
          error={insert.error}
          message={t("invitation.failed", {
            detail: insert.error instanceof Error ? insert.error.message : String(insert.error),
          })}
          onRetry={() => {
            run(false);
          }}
        />
      )}
    </div>
  );
}
