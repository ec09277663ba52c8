import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { ReportFieldId } from "@/meeting/model/templates/types";
import { toSubmittedFields } from "../model/report";
import type { ReportFields } from "@/meeting/model/records/report-record";
import { useReportsTranslation } from "./report-i18n";
import type { ReportsT } from "./report-i18n";
import { ReportFieldView } from "./report-view";

const useStyles = makeStyles({
  toggle: {
    maxWidth: "100%",
    justifyContent: "flex-start",
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  body: {
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke2,
    color: tokens.colorNeutralForeground2,
  },
});

const summaryLength = 40;

function summarize(t: ReportsT, fieldId: ReportFieldId, fields: ReportFields): string {
  const shown = toSubmittedFields(fields, [fieldId]);
  const value = shown[fieldId];
  if (typeof value === "string") return value.replace(/\s+/g, " ").slice(0, summaryLength);
  if (Array.isArray(value)) return t("previousRows", { count: value.length });
  if (shown.complaints) return t("complaintsSummary", { count: shown.complaints.count || "—" });
  return shown.supervisor?.name ?? "";
}

/** Last time's answer to the same field, folded by default so it guides without crowding the form. */
export function PreviousValue({ fieldId, fields }: { fieldId: ReportFieldId; fields: ReportFields }) {
  const styles = useStyles();
  const { t } = useReportsTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const bodyId = useId("previous");
  return (
    <div>
      <Button
        appearance="transparent"
        size="small"
        className={styles.toggle}
        icon={isOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={isOpen}
        aria-controls={bodyId}
        onClick={() => {
          setIsOpen((open) => !open);
        }}
      >
        <span className={styles.label}>{t("previous", { summary: summarize(t, fieldId, fields) })}</span>
      </Button>
      <div id={bodyId} className={styles.body} hidden={!isOpen}>
        {isOpen && <ReportFieldView fieldId={fieldId} fields={fields} />}
      </div>
    </div>
  );
}
