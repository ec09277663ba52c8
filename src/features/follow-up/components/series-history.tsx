import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { useServices } from "@/lib/app-services/services-context";
import { VirtualList } from "@/lib/ui/virtual-list";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { Workspace } from "@/meeting/api/workspace";
import { useSeriesHistory } from "../api/use-follow-up";
import {
  buildDecisionRegister,
  buildDigests,
  listHistoryOccurrences,
  searchHistory,
  trackActions,
} from "../model/history";
import type { HistoryOccurrence, OccurrenceDigest, SearchHit } from "../model/history";
import { formatInstant, useFollowUpTranslation } from "./follow-up-i18n";
import { DecisionRegister } from "./decision-register";
import { OccurrenceDetail } from "./occurrence-detail";
import { ShowMore, usePagedItems } from "./show-more";
import { StatusBadge } from "./status-badge";

export interface SeriesHistoryProps {
  workspace: Workspace;
  config: SeriesConfig;
  seriesId: string;
  occurrences: HistoryOccurrence[];
  names: Record<string, string>;
  timeZone?: string;
}

const hitsPageSize = 20;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground2 },
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Public entry: every past occurrence of the series, a search over its decisions and action items, and its decision register. */
export function SeriesHistory({ workspace, config, seriesId, occurrences, names, timeZone }: SeriesHistoryProps) {
  const { t } = useFollowUpTranslation();
  const styles = useStyles();
  const { viewer } = useServices();
  const zone = timeZone ?? viewer.timeZone;
  const history = useSeriesHistory(workspace, { seriesId, planId: config.workspace.planId });
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const headingId = useId();

  const view = useMemo(() => {
    if (!history.data) return undefined;
    const now = new Date();
    const all = listHistoryOccurrences(occurrences, history.data);
    const starts = new Map(all.map((o) => [o.key, o.start]));
    const actions = trackActions(history.data.actions, history.data.tasks, now, zone, history.data.directory);
    const register = buildDecisionRegister(history.data.minutes, actions, starts);
    const digests = buildDigests(all, history.data, register, now);
    return { actions, register, digests, starts };
  }, [history.data, occurrences, zone]);

  const hits = useMemo(
    () => (view && deferredQuery.trim() !== "" ? searchHistory(deferredQuery, view.register, view.actions) : undefined),
    [view, deferredQuery],
  );
  const dateOf = (key: string) => {
    const start = view?.starts.get(key) ?? new Date(key);
    return Number.isNaN(start.getTime()) ? key : formatInstant(start, viewer.locale, zone);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold">
        {t("history.title")}
      </Text>
      {history.isPending && <Spinner size="small" label={t("common:loading")} />}
      {history.isError && <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />}
      {view && history.data && (
        <>
          {history.data.unreadable.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("review.unreadable", { count: history.data.unreadable.length })}</MessageBarBody>
            </MessageBar>
          )}
          <Field label={t("history.searchLabel")}>
            <SearchBox
              value={query}
              placeholder={t("history.searchPlaceholder")}
              // Fluent's own name for the clear button is the English "clear".
              dismiss={{ "aria-label": t("history.clearSearch") }}
              onChange={(_e, d) => {
                setQuery(d.value);
              }}
            />
          </Field>
          {hits && <SearchHits hits={hits} query={deferredQuery.trim()} dateOf={dateOf} />}
          <Text as="h3" weight="semibold">
            {t("history.occurrences")}
          </Text>
          {view.digests.length === 0 ? (
            <Text>{t("history.empty")}</Text>
          ) : (
            <OccurrenceList digests={view.digests} names={names} timeZone={zone} />
          )}
          <DecisionRegister register={view.register} dateOf={dateOf} />
        </>
      )}
    </section>
  );
}

/**
 * The past occurrences, newest first, only those in view in the DOM: a weekly series has 260 of
 * them after five years. Which one is open is kept here, not in the rows, so it survives a row
 * being scrolled out of the DOM and back.
 */
function OccurrenceList({
  digests,
  names,
  timeZone,
}: {
  digests: OccurrenceDigest[];
  names: Record<string, string>;
  timeZone: string;
}) {
  const { t } = useFollowUpTranslation();
  const styles = useStyles();
  const { viewer } = useServices();
  const [open, setOpen] = useState<string[]>([]);
  return (
    <Accordion
      collapsible
      openItems={open}
      onToggle={(_e, data) => {
        setOpen(data.openItems.map(String));
      }}
    >
      <VirtualList
        items={digests}
        getKey={(digest) => digest.occurrence.key}
        label={t("history.occurrenceList", { count: digests.length })}
        estimateSize={44}
        renderItem={(digest) => (
          <AccordionItem value={digest.occurrence.key}>
            <AccordionHeader>
              <span className={styles.header}>
                <Text weight="semibold">{formatInstant(digest.occurrence.start, viewer.locale, timeZone)}</Text>
                {digest.occurrence.status === "cancelled" && (
                  <Badge appearance="tint" color="subtle">
                    {t("history.cancelled")}
                  </Badge>
                )}
                {digest.minutes !== undefined && (
                  <Badge appearance="tint" color={digest.minutes.status === "published" ? "success" : "warning"}>
                    {t(digest.minutes.status === "published" ? "history.minutesPublished" : "history.minutesDraft")}
                  </Badge>
                )}
                {digest.decisions.length > 0 && (
                  <Text className={styles.meta}>{`${t("history.decisions")} ${digest.decisions.length}`}</Text>
                )}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {open.includes(digest.occurrence.key) && <OccurrenceDetail digest={digest} names={names} />}
            </AccordionPanel>
          </AccordionItem>
        )}
      />
    </Accordion>
  );
}

function SearchHits({
  hits,
  query,
  dateOf,
}: {
  hits: readonly SearchHit[];
  query: string;
  dateOf: (key: string) => string;
}) {
  const { t } = useFollowUpTranslation();
  const styles = useStyles();
  const paged = usePagedItems(hits, hitsPageSize);
  return (
    <div className={styles.block} role="region" aria-label={t("history.searchResults")}>
      {hits.length === 0 ? (
        <Text>{t("history.noResults", { query })}</Text>
      ) : (
        <>
          <ul className={styles.list}>
            {paged.shown.map((hit) => (
              <li key={`${hit.kind}|${hit.occurrenceKey}|${hit.kind === "decision" ? hit.decisionId : hit.actionId}`}>
                <Text
                  className={styles.meta}
                >{`${dateOf(hit.occurrenceKey)} · ${t(hit.kind === "decision" ? "history.decisionHit" : "history.actionHit")} · `}</Text>
                <Text>{hit.text}</Text>
                {hit.kind === "action" && (
                  <>
                    <Text className={styles.meta}>{` · ${hit.ownerName} `}</Text>
                    <StatusBadge status={hit.status} />
                  </>
                )}
              </li>
            ))}
          </ul>
          <ShowMore paged={paged} pageSize={hitsPageSize} />
        </>
      )}
    </div>
  );
}
