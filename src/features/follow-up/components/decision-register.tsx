import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { DecisionEntry } from "../model/history";
import { useFollowUpTranslation } from "./follow-up-i18n";
import { DecisionActions } from "./occurrence-detail";
import { ShowMore, usePagedItems } from "./show-more";

const pageSize = 10;

/** Every decision of the series, newest first, a page at a time: a long series has thousands. */
export function DecisionRegister({
  register,
  dateOf,
}: {
  register: readonly DecisionEntry[];
  dateOf: (key: string) => string;
}) {
  const { t } = useFollowUpTranslation();
  const paged = usePagedItems(register, pageSize);
  return (
    <>
      <Text as="h3" weight="semibold">
        {t("history.register")}
      </Text>
      {register.length === 0 ? (
        <Text>{t("history.registerEmpty")}</Text>
      ) : (
        <>
          <Table size="small" aria-label={t("history.register")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("history.columns.date")}</TableHeaderCell>
                <TableHeaderCell>{t("history.columns.item")}</TableHeaderCell>
                <TableHeaderCell>{t("history.columns.decision")}</TableHeaderCell>
                <TableHeaderCell>{t("history.columns.actions")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {paged.shown.map((d) => (
                <TableRow key={`${d.occurrenceKey}|${d.decisionId}`}>
                  <TableCell>{dateOf(d.occurrenceKey)}</TableCell>
                  <TableCell>{d.itemTitle}</TableCell>
                  <TableCell>{d.text}</TableCell>
                  <TableCell>
                    <DecisionActions decision={d} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ShowMore paged={paged} pageSize={pageSize} />
        </>
      )}
    </>
  );
}
