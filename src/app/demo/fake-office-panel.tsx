import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { Button, Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { appStrings } from "../app-strings";
import { getFakeOffice } from "./fake-office-host";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  body: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  source: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: tokens.fontFamilyMonospace },
});

const blockElements = "p, div, li, tr, h1, h2, h3, h4, h5, h6, table, ul, ol";

/**
 * What Outlook would show of the invitation: the body's text, read through DOMParser (which runs
 * nothing), so markup that reached the body as text shows as the characters it is. Line breaks
 * and blocks become new lines.
 */
export function readBodyText(html: string): string {
  const { body } = new DOMParser().parseFromString(dropStyleAttributes(html), "text/html");
  for (const br of body.querySelectorAll("br")) br.replaceWith("\n");
  for (const block of body.querySelectorAll(blockElements)) block.append("\n");
  for (const cell of body.querySelectorAll("td:not(:last-child), th:not(:last-child)")) cell.append("  ");
  return body.textContent.replace(/\n{3,}/g, "\n\n").trim();
}

/**
 * A parsed document inherits the page's Content-Security-Policy, whose style-src-attr refuses the
 * inline styles an invitation body carries (and reports each refusal). Only real tags are touched:
 * markup that arrived as text is escaped (`&lt;`) and stays as it is.
 */
export function dropStyleAttributes(html: string): string {
  return html.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ""));
}

const noUnsubscribe = (): void => undefined;

/** Demo only: the fake Office host's invitation body, below the pane, and Outlook's Save for a new item. */
export function FakeOfficePanel() {
  const { t } = useTranslation("app");
  const styles = useStyles();
  const office = getFakeOffice();
  // The store's own value on every render: a body read between render and subscription is not missed.
  const html = useSyncExternalStore(
    useCallback((onChange: () => void) => office?.onBodyChange(onChange) ?? noUnsubscribe, [office]),
    () => office?.bodyHtml ?? "",
  );
  const [saved, setSaved] = useState(() => office?.isSaved ?? true);
  const [justSaved, setJustSaved] = useState(false);
  const text = useMemo(() => readBodyText(html), [html]);
  if (office === undefined) return null;
  return (
    <Card className={styles.panel} aria-label={t("fakeOffice.title")}>
      <Subtitle2 as="h2">{t("fakeOffice.title")}</Subtitle2>
      <Text className={styles.body} data-testid="fake-office-body">
        {text}
      </Text>
      <details>
        <summary>{t("fakeOffice.source")}</summary>
        <Text className={styles.source} data-testid="fake-office-body-html">
          {html}
        </Text>
      </details>
      {justSaved ? <Text role="status">{t("fakeOffice.saved")}</Text> : null}
      {saved ? null : (
        <Button
          onClick={() => {
            office.save();
            setSaved(true);
            setJustSaved(true);
          }}
        >
          {t("fakeOffice.save")}
        </Button>
      )}
    </Card>
  );
}

export const strings = { app: appStrings };
