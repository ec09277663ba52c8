import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { useServices } from "@/lib/app-services/services-context";
import { useMyPersonKey } from "@/meeting/api/directory/my-identity";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { CloudNotice } from "@/lib/ui/cloud-notice";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { Workspace } from "@/meeting/api/workspace";
import { useReassignAction, useRecordReview, useReviewItems } from "../api/use-follow-up";
import type { DirectoryPerson } from "@/meeting/model/directory/directory";
import { getHandOver } from "@/meeting/model/planner/task-owners";
import { OwnerStandingBadges, ReassignMenu, describeOwners } from "./task-owners";
import type { ReviewVerdict } from "@/meeting/model/records/review-record";
import { getReviewRight, isOwnItem } from "../model/review-items";
import { usePersonKeys } from "@/meeting/api/directory/person-keys-context";
import type { ReviewItem, ReviewRight } from "../model/review-items";
import { formatDay, formatInstant, lookUpName, parseOccurrenceKey, useFollowUpTranslation } from "./follow-up-i18n";
import { StatusBadge } from "./status-badge";

export interface ReviewSectionProps {
  workspace: Workspace;
  config: SeriesConfig;
  seriesId: string;
  /** The occurrence whose agenda this review opens. */
  occurrenceKey: string;
  /** The series' occurrences, to name the meeting each action item came from. */
  occurrences: { key: string; start: Date }[];
  /** The host (or organizer) may review every item but their own; an item's supervisor the items they supervise. */
  canReview: boolean;
  /** userPrincipalName (either case) → display name. */
  names: Record<string, string>;
  /** The series' zone; overdue days are counted against today there. Default: the viewer's. */
  timeZone?: string;
  /** Only the viewer's own items (an attendee preparing in Outlook), headed and said empty as theirs. */
  onlyMine?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  note: { flexGrow: 1, minWidth: "160px" },
});

/** Public entry: the review of earlier decisions that opens an occurrence's agenda. */
export function ReviewSection({
  workspace,
  config,
  seriesId,
  occurrenceKey,
  occurrences,
  canReview,
  names,
  timeZone,
  onlyMine = false,
}: ReviewSectionProps) {
  const { t } = useFollowUpTranslation();
  const styles = useStyles();
  const { viewer } = useServices();
  const headingId = useId();
  const zone = timeZone ?? viewer.timeZone;
  const review = useReviewItems(workspace, {
    seriesId,
    planId: config.workspace.planId,
    occurrenceKey,
    timeZone: zone,
  });
  const save = useRecordReview(workspace, seriesId);
  const reassign = useReassignAction(workspace, seriesId);
  const me = useMyPersonKey();
  const starts = new Map(occurrences.map((o) => [o.key, o.start]));

  const submit = (item: ReviewItem, verdict: ReviewVerdict, note: string, acceptedAnyway: boolean) => {
    if (me === undefined) return;
    save.mutate({
      seriesId,
      occurrenceKey,
      action: { actionId: item.actionId, owner: item.owner, what: item.what },
      verdict,
      by: me,
      note,
      ...(acceptedAnyway ? { acceptedAnyway } : {}),
    });
  };

  const onReassign = (item: ReviewItem, to: DirectoryPerson) => {
    if (me === undefined) return;
    const handOver = getHandOver(item.ownership, item.task !== undefined);
    reassign.mutate({
      seriesId,
      occurrenceKey: item.occurrenceKey,
      actionId: item.actionId,
      task: item.task,
      removeIds: handOver.removeIds,
      to,
      reason: handOver.reason,
      by: me,
    });
  };
  const keyOf = usePersonKeys();
  // Older minutes name owners and supervisors by UPN: compared by key, like the viewer.
  const rightOf = (item: ReviewItem): ReviewRight => {
    const right = getReviewRight(
      {
        ...item,
        owner: keyOf(item.owner),
        ...(item.supervisor === undefined ? {} : { supervisor: keyOf(item.supervisor) }),
      },
      me,
      canReview,
    );
    // Without Planner there is no task to wait for: the reviewer's own judgement accepts the item.
    return right.kind === "review" && review.data?.plannerUnavailable === true ? { ...right, isDone: true } : right;
  };
  const mayReview = (item: ReviewItem): boolean => rightOf(item).kind === "review";
  const shown = review.isSuccess
    ? onlyMine
      ? review.data.items.filter((item) => isOwnItem(item, me, keyOf))
      : review.data.items
    : [];

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold">
        {t(onlyMine ? "review.mineTitle" : "review.title")}
      </Text>
      {review.isPending && <Spinner size="small" label={t("common:loading")} />}
      {review.isError && <ErrorNotice error={review.error} onRetry={() => void review.refetch()} />}
      {review.isSuccess && (
        <>
          <Text className={styles.meta}>{t("review.intro")}</Text>
          {review.data.plannerUnavailable && <CloudNotice area="planner" />}
          {review.data.unreadable.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("review.unreadable", { count: review.data.unreadable.length })}</MessageBarBody>
            </MessageBar>
          )}
          {save.isError && <ErrorNotice error={save.error} message={t("review.saveFailed")} />}
          {reassign.isError && <ErrorNotice error={reassign.error} message={t("owners.reassignFailed")} />}
          <OrphanedItems items={shown.filter((item) => item.ownership.isOrphaned && mayReview(item))} />
          {shown.length === 0 ? (
            <Text>{t(onlyMine ? "review.mineEmpty" : "review.empty")}</Text>
          ) : (
            <ul className={styles.list} aria-label={t(onlyMine ? "review.mineTitle" : "review.listLabel")}>
              {shown.map((item) => {
                const source = starts.get(item.occurrenceKey) ?? parseOccurrenceKey(item.occurrenceKey);
                return (
                  <ReviewItemRow
                    key={`${item.occurrenceKey}|${item.actionId}`}
                    item={item}
                    sourceDate={source === undefined ? undefined : formatInstant(source, viewer.locale, zone)}
                    names={names}
                    right={rightOf(item)}
                    isSaving={save.isPending && save.variables.action.actionId === item.actionId}
                    onReview={(verdict, note, acceptedAnyway) => {
                      submit(item, verdict, note, acceptedAnyway);
                    }}
                    candidates={review.data.candidates}
                    isReassigning={reassign.isPending && reassign.variables.actionId === item.actionId}
                    onReassign={(to) => {
                      onReassign(item, to);
                    }}
                  />
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

interface ReviewItemRowProps {
  item: ReviewItem;
  sourceDate: string | undefined;
  names: Record<string, string>;
  right: ReviewRight;
  isSaving: boolean;
  onReview: (verdict: ReviewVerdict, note: string, acceptedAnyway: boolean) => void;
  candidates: readonly DirectoryPerson[];
  isReassigning: boolean;
  onReassign: (to: DirectoryPerson) => void;
}

/** For the host and the supervisor: the items nobody who can still do them owns. */
function OrphanedItems({ items }: { items: readonly ReviewItem[] }) {
  const { t } = useFollowUpTranslation();
  if (items.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("owners.orphanedTitle", { count: items.length })}</MessageBarTitle>
        {t("owners.orphanedIntro")}
        <ul aria-label={t("owners.orphanedTitle", { count: items.length })}>
          {items.map((item) => (
            <li key={`${item.occurrenceKey}|${item.actionId}`}>
              {t("owners.orphanedItem", { what: item.what, owner: describeOwners(t, item.ownership) })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function ReviewItemRow({
  item,
  sourceDate,
  names,
  right,
  isSaving,
  onReview,
  candidates,
  isReassigning,
  onReassign,
}: ReviewItemRowProps) {
  const { t } = useFollowUpTranslation();
  const styles = useStyles();
  const { viewer } = useServices();
  const titleId = useId();
  const [note, setNote] = useState(item.verdict?.note ?? "");
  const [needsReason, setNeedsReason] = useState(false);
  const verdict = item.verdict;
  const canReview = right.kind === "review";
  const isDone = right.kind === "review" && right.isDone;
  return (
    <li className={styles.item} aria-labelledby={titleId}>
      <div className={styles.head}>
        <Text id={titleId} weight="semibold">
          {item.what}
        </Text>
        <StatusBadge status={item.status} />
        <Badge appearance="outline" color={item.carryCount > 1 ? "warning" : "informative"} shape="rounded">
          {t("review.carry", { count: item.carryCount })}
        </Badge>
        <OwnerStandingBadges ownership={item.ownership} />
      </div>
      <Text className={styles.meta}>
        {[
          t("review.owner", { name: describeOwners(t, item.ownership) }),
          item.due === undefined ? t("review.noDue") : t("review.due", { date: formatDay(item.due, viewer.locale) }),
          ...(item.supervisor === undefined
            ? []
            : [t("review.supervisor", { name: item.supervisorName ?? lookUpName(names, item.supervisor) })]),
          ...(sourceDate === undefined ? [] : [t("review.fromOccurrence", { date: sourceDate })]),
        ].join(" · ")}
      </Text>
      <Text>
        {item.standard.trim() === "" ? t("review.noStandard") : t("review.standard", { text: item.standard })}
      </Text>
      {item.decisionText !== undefined && (
        <Text className={styles.meta}>{t("review.decision", { text: item.decisionText })}</Text>
      )}
      {verdict !== undefined && (
        <Text weight="semibold" role="status">
          {t(
            verdict.verdict === "notAccepted"
              ? "review.verdictNotAccepted"
              : verdict.acceptedAnyway === true
                ? "review.verdictAcceptedAnyway"
                : "review.verdictAccepted",
            { name: lookUpName(names, verdict.by) },
          )}
          {verdict.note === undefined ? "" : ` — ${verdict.note}`}
        </Text>
      )}
      {canReview && item.ownership.isOrphaned && (
        <div className={styles.actions}>
          <ReassignMenu what={item.what} candidates={candidates} isBusy={isReassigning} onReassign={onReassign} />
        </div>
      )}
      {right.kind === "ownItem" && <Text className={styles.meta}>{t("review.ownItem")}</Text>}
      {canReview && !isDone && <Text className={styles.meta}>{t("review.notDone")}</Text>}
      {canReview && (
        <div className={styles.actions}>
          <Field
            className={styles.note}
            label={isDone ? t("review.note") : t("review.noteOrReason")}
            {...(needsReason && note.trim() === ""
              ? { validationState: "error" as const, validationMessage: t("review.reasonRequired") }
              : {})}
          >
            <Input
              value={note}
              aria-label={t("review.noteFor", { what: item.what })}
              onChange={(_e, d) => {
                setNote(d.value);
              }}
              disabled={isSaving}
            />
          </Field>
          {isDone ? (
            <Button
              appearance="primary"
              aria-label={t("review.acceptItem", { what: item.what })}
              disabled={isSaving}
              onClick={() => {
                onReview("accepted", note, false);
              }}
            >
              {t("review.accept")}
            </Button>
          ) : (
            <Button
              aria-label={t("review.acceptAnywayItem", { what: item.what })}
              disabled={isSaving}
              onClick={() => {
                if (note.trim() === "") {
                  setNeedsReason(true);
                  return;
                }
                onReview("accepted", note, true);
              }}
            >
              {t("review.acceptAnyway")}
            </Button>
          )}
          <Button
            aria-label={t("review.rejectItem", { what: item.what })}
            disabled={isSaving}
            onClick={() => {
              onReview("notAccepted", note, false);
            }}
          >
            {t("review.reject")}
          </Button>
          {isSaving && <Spinner size="tiny" label={t("review.saving")} />}
        </div>
      )}
    </li>
  );
}
