import { useState } from "react";
import { Button, Field, Input, SpinButton, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  title: { flexGrow: 1, minWidth: "200px" },
  spin: { width: "88px" },
});

const maxTitle = 200;

/** Anyone adds a topic for the next occurrence (docs/domain.md §7: raised during the week). */
export function TopicForm({
  onAdd,
  isBusy,
}: {
  onAdd: (title: string, minutes: number) => Promise<void>;
  isBusy: boolean;
}) {
  const { t } = useTranslation("agenda");
  const styles = useStyles();
  const [title, setTitle] = useState("");
  const [minutes, setMinutes] = useState(10);
  const [showError, setShowError] = useState(false);
  const trimmed = title.trim();
  const message = trimmed === "" ? t("topics.required") : trimmed.length > maxTitle ? t("topics.tooLong") : undefined;

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        setShowError(true);
        if (message) return;
        // A failure is shown by the caller (the mutation's error); the typed topic stays for a retry.
        onAdd(trimmed, minutes).then(
          () => {
            setTitle("");
            setShowError(false);
          },
          () => undefined,
        );
      }}
    >
      <Field className={styles.title} label={t("topics.title")} validationMessage={showError ? message : undefined}>
        <Input
          value={title}
          onChange={(_e, d) => {
            setTitle(d.value);
          }}
        />
      </Field>
      <Field label={t("topics.minutes")}>
        <SpinButton
          className={styles.spin}
          min={1}
          max={120}
          value={minutes}
          onChange={(_e, d) => {
            const v = typeof d.value === "number" ? d.value : Number(d.displayValue);
            if (Number.isFinite(v)) setMinutes(v);
          }}
        />
      </Field>
      <Button type="submit" disabled={isBusy}>
        {t("topics.add")}
      </Button>
    </form>
  );
}
