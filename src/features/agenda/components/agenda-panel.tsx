import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { useMyPersonKey } from "@/meeting/api/directory/my-identity";
import {
  describeInZones,
  formatInZones,
  formatOccurrenceInZones,
  formatZoneName,
  isSameClock,
} from "@/lib/time/format-when";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { ErrorNotice } from "@/lib/ui/error-notice";
import type { Workspace } from "@/meeting/api/workspace/types";
import { useBilingual } from "@/lib/i18n/bilingual";
import { RecordConflictError } from "@/meeting/api/workspace";
import { addItem, moveItem, removeItem, retimeItem } from "../model/agenda";
import { buildAgendaCard } from "../model/agenda-card";
import { buildAgendaHtml } from "../model/agenda-html";
import type { InvitationBody } from "../api/use-insert-agenda";
import { getLatestPost } from "@/meeting/model/records/agenda-record";
import { getNoticeStatus } from "../model/notice";
import { getNoticeDue } from "@/meeting/model/series-config/deadlines";
import { checkAgendaTime, getItemStartOffsets } from "../model/time-check";
import { useAddTopic, usePostAgenda, useSaveAgenda, useStoredAgenda, useTopics } from "../api/use-agenda";
import { listRuleLines } from "@/meeting/model/series-config/meeting-rules";
import { AgendaItemRow } from "./agenda-item-row";
import { AgendaRules } from "./agenda-rules";
import { CardPreview } from "./card-preview";
import { LeftCopiesNotice } from "./left-copies-notice";
import { TopicForm } from "./topic-form";
import { InvitationInsert } from "./invitation-insert";
import { useWorkingAgenda } from "./use-working-agenda";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  addForm: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  over: { color: tokens.colorPaletteRedForeground1 },
});

export interface AgendaPanelProps {
  workspace: Workspace;
  config: SeriesConfig;
  seriesId: string;
  meetingTitle: string;
  occurrence: { key: string; start: Date; end: Date };
  heldKeys: string[];
  names: Readonly<Record<string, string>>;
  canEdit: boolean;
  links: { fillReport: string; openAgenda: string };
  reportStatus?: { submitted: number; expected: number };
  /** The series' zone: the card goes to every attendee, so its times are the meeting's own. */
  timeZone: string;
  /** In an Outlook invitation being composed: the agenda can be inserted into its body. */
  invitation?: AgendaInvitation;
}

export interface AgendaInvitation extends InvitationBody {
  /** When speakers' reports are due, written under the host and note-taker. */
  reportDue?: Date;
  /** The decisions the review item goes through, when they are known. */
  review?: readonly { what: string; owner: string }[];
}

function formatClock(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(
    date,
  );
}

export function AgendaPanel(props: AgendaPanelProps) {
  const { workspace, config, seriesId, occurrence, canEdit, names } = props;
  const { t, i18n } = useTranslation("agenda");
  const text = useBilingual();
  const styles = useStyles();
  const { viewer } = useServices();
  const me = useMyPersonKey() ?? "";
  const stored = useStoredAgenda(workspace, seriesId, occurrence.key);
  const topics = useTopics(workspace, seriesId, occurrence.key);
  const addTopic = useAddTopic(workspace, seriesId, occurrence.key);
  const save = useSaveAgenda(workspace, seriesId, occurrence.key);
  const post = usePostAgenda(workspace, seriesId, occurrence.key);
  const working = useWorkingAgenda(
    stored.data ?? null,
    { config, occurrenceKey: occurrence.key, heldKeys: props.heldKeys, topics: topics.data ?? [], editor: me },
    seriesId,
  );
  const [newItem, setNewItem] = useState("");

  if (stored.isPending || topics.isPending) return <Spinner label={t("common:loading")} />;
  if (stored.isError) return <ErrorNotice error={stored.error} onRetry={() => void stored.refetch()} />;

  const agenda = working.value;
  const meetingMinutes = Math.round((occurrence.end.getTime() - occurrence.start.getTime()) / 60_000);
  const check = checkAgendaTime(agenda.items, meetingMinutes, config.template.capMinutes);
  const offsets = getItemStartOffsets(agenda.items);
  const overItemIndex = agenda.items.findIndex((i) => i.id === check.firstOverItemId);
  const latestPost = getLatestPost(stored.data?.value);
  const nextRevision = working.isDirty || !stored.data ? agenda.revision + 1 : agenda.revision;
  // A revision's card is posted once (post-agenda.ts): posting it again would only find the same card.
  const isPosted = latestPost !== undefined && latestPost.revision >= nextRevision;
  const notice = getNoticeStatus(
    occurrence.start,
    getNoticeDue(occurrence.start, config, props.timeZone),
    new Date(),
    latestPost,
    nextRevision,
  );
  const clock = (d: Date) => formatClock(d, viewer.locale, props.timeZone);
  const dateText = new Intl.DateTimeFormat(viewer.locale, { dateStyle: "full", timeZone: props.timeZone }).format(
    occurrence.start,
  );
  const zoneNote = isSameClock(occurrence.start, viewer.timeZone, props.timeZone)
    ? undefined
    : t("inMeetingZone", {
        zone: formatZoneName(occurrence.start, props.timeZone, viewer.locale),
        when: formatOccurrenceInZones(occurrence, viewer, props.timeZone),
      });
  const timeBox = (offsetMinutes: number) => {
    const at = new Date(occurrence.start.getTime() + offsetMinutes * 60_000);
    const parts = describeInZones(at, viewer, props.timeZone, (c) => formatClock(at, c.locale, c.timeZone));
    return { startLabel: clock(at), ...(parts.yourTime === undefined ? {} : { yourTime: parts.yourTime }) };
  };
  const cardLanguage = i18n.language.startsWith("zh") ? "zh-CN" : "en-US";
  const pendingTopics = (topics.data ?? []).filter((topic) => !agenda.items.some((i) => i.id === `topic-${topic.id}`));
  const conflict = [save.error, post.error].find((e) => e instanceof RecordConflictError);
  const rules = listRuleLines(config);

  const renderCard = (revision: number) =>
    buildAgendaCard({
      language: cardLanguage,
      meetingTitle: props.meetingTitle,
      // Everyone reads the same card: its times are the meeting's, with the zone named.
      when: { start: occurrence.start, end: occurrence.end, timeZone: props.timeZone },
      agenda,
      displayNames: names,
      reports: props.reportStatus,
      revision: Math.max(1, revision),
      links: props.links,
      rules,
    });
  const saveNow = () => {
    save.mutate(
      {
        value: { ...agenda, revision: agenda.revision + 1, updatedBy: me, updatedAt: new Date().toISOString() },
        stored: stored.data ?? undefined,
      },
      { onSuccess: working.reset },
    );
  };

  return (
    <section className={styles.root} aria-labelledby="agenda-heading">
      <Subtitle2 as="h2" id="agenda-heading">
        {t("heading", { date: dateText })}
      </Subtitle2>
      <Text>
        {t("host", { name: agenda.host ? (names[agenda.host] ?? agenda.host) : "—" })} ·{" "}
        {t("noteTaker", { name: agenda.noteTaker ? (names[agenda.noteTaker] ?? agenda.noteTaker) : "—" })}
      </Text>
      {zoneNote !== undefined && <Text data-testid="agenda-time-zone">{zoneNote}</Text>}
      <AgendaRules rules={rules} />
      {canEdit && notice.state !== "posted" && notice.state !== "notYet" && (
        <MessageBar intent={notice.state === "overdue" ? "error" : "warning"}>
          <MessageBarBody>
            {t(`notice.${notice.state}`, {
              when: formatInZones(notice.dueAt, viewer, props.timeZone, (clock) =>
                new Intl.DateTimeFormat(clock.locale, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: clock.timeZone,
                }).format(notice.dueAt),
              ),
              hours: config.noticeLeadHours,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <ol className={styles.list} aria-label={t("heading", { date: dateText })}>
        {agenda.items.map((item, index) => (
          <AgendaItemRow
            key={item.id}
            item={item}
            names={names}
            {...timeBox(offsets[index] ?? 0)}
            isOver={overItemIndex >= 0 && index >= overItemIndex}
            isEditable={canEdit}
            isFirst={index === 0}
            isLast={index === agenda.items.length - 1}
            onMove={(delta) => {
              working.update((a) => moveItem(a, item.id, index + delta));
            }}
            onRetime={(minutes) => {
              working.update((a) => retimeItem(a, item.id, minutes));
            }}
            onRemove={() => {
              working.update((a) => removeItem(a, item.id));
            }}
          />
        ))}
      </ol>
      <Text role="status" id="agenda-time-check" className={check.overByMinutes > 0 ? styles.over : undefined}>
        {check.overByMinutes > 0
          ? t("over", {
              over: check.overByMinutes,
              limit: t(check.limitedBy === "cap" ? "limitCap" : "limitMeeting"),
              item: text(agenda.items[overItemIndex]?.title ?? { zh: "", en: "" }),
            })
          : t("total", { total: check.totalMinutes, length: meetingMinutes, cap: config.template.capMinutes })}
      </Text>

      {props.invitation !== undefined && (
        <InvitationInsert
          body={props.invitation}
          isOverTime={check.overByMinutes > 0}
          renderHtml={() =>
            buildAgendaHtml({
              language: cardLanguage,
              meetingTitle: props.meetingTitle,
              when: { start: occurrence.start, end: occurrence.end, timeZone: props.timeZone },
              agenda,
              displayNames: names,
              rules,
              ...(props.invitation?.reportDue === undefined ? {} : { reportDue: props.invitation.reportDue }),
              ...(props.invitation?.review === undefined ? {} : { review: props.invitation.review }),
            })
          }
        />
      )}

      {canEdit && (
        <>
          <form
            className={styles.addForm}
            onSubmit={(e) => {
              e.preventDefault();
              const title = newItem.trim().slice(0, 200);
              if (!title) return;
              working.update((a) =>
                addItem(a, {
                  id: `item-${crypto.randomUUID()}`,
                  kind: "topic",
                  title: { zh: title, en: title },
                  minutes: 5,
                  fields: [],
                }),
              );
              setNewItem("");
            }}
          >
            <Field label={t("newItemTitle")}>
              <Input
                value={newItem}
                onChange={(_e, d) => {
                  setNewItem(d.value);
                }}
              />
            </Field>
            <Button type="submit">{t("addItem")}</Button>
          </form>
          <div className={styles.actions}>
            <Button disabled={!working.isDirty || save.isPending} onClick={saveNow}>
              {t("save")}
            </Button>
            <Button
              appearance="primary"
              // The time box is the rule (docs/domain.md §1): an agenda longer than the meeting is
              // shortened before anyone receives it, not after.
              disabled={post.isPending || isPosted || check.overByMinutes > 0}
              {...(check.overByMinutes > 0 ? { "aria-describedby": "agenda-time-check" } : {})}
              onClick={() => {
                post.mutate(
                  {
                    value:
                      working.isDirty || !stored.data
                        ? {
                            ...agenda,
                            revision: agenda.revision + 1,
                            updatedBy: me,
                            updatedAt: new Date().toISOString(),
                          }
                        : agenda,
                    basedOn: stored.data ?? undefined,
                    renderCard,
                    summary: `${props.meetingTitle} · ${dateText}`,
                    poster: me,
                  },
                  { onSuccess: working.reset },
                );
              }}
            >
              {post.isPending ? t("posting") : latestPost ? t("repost") : t("post")}
            </Button>
            {check.overByMinutes > 0 && <Text className={styles.over}>{t("shortenToPost")}</Text>}
            {working.isDirty && <Text>{t("unsaved")}</Text>}
            {!working.isDirty && stored.data && <Text>{t("saved", { revision: stored.data.value.revision })}</Text>}
          </div>
          {latestPost && (
            <Text>
              {t("posted", {
                revision: latestPost.revision,
                when: new Intl.DateTimeFormat(viewer.locale, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: viewer.timeZone,
                }).format(new Date(latestPost.postedAt)),
              })}
            </Text>
          )}
          <LeftCopiesNotice post={latestPost} />
          {conflict ? (
            <MessageBar intent="error">
              <MessageBarBody>{t("conflict")}</MessageBarBody>
              <Button
                onClick={() => {
                  working.reset();
                  save.reset();
                  post.reset();
                  void stored.refetch();
                }}
              >
                {t("reload")}
              </Button>
            </MessageBar>
          ) : (
            (save.isError || post.isError) && <ErrorNotice error={save.error ?? post.error} />
          )}
          <Accordion collapsible>
            <AccordionItem value="preview">
              <AccordionHeader>{t("preview")}</AccordionHeader>
              <AccordionPanel>
                <CardPreview card={renderCard(nextRevision)} label={t("preview")} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}

      <Subtitle2 as="h3">{t("topics.heading")}</Subtitle2>
      <Text size={200}>{t("topics.intro")}</Text>
      {pendingTopics.length === 0 ? (
        <Text size={200}>{t("topics.empty")}</Text>
      ) : (
        <ul className={styles.list}>
          {pendingTopics.map((topic) => (
            <li key={topic.id} className={styles.actions}>
              <Text>{`${topic.title} · ${String(topic.minutes)} ${t("minutes")} · ${t("raisedBy", { name: names[topic.raisedBy] ?? topic.raisedBy })}`}</Text>
              {canEdit && stored.data && (
                <Button
                  size="small"
                  onClick={() => {
                    working.update((a) =>
                      addItem(a, {
                        id: `topic-${topic.id}`,
                        kind: "topic",
                        title: { zh: topic.title, en: topic.title },
                        minutes: topic.minutes,
                        fields: [],
                        raisedBy: topic.raisedBy,
                      }),
                    );
                  }}
                >
                  {t("topics.addToAgenda")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <TopicForm
        isBusy={addTopic.isPending}
        onAdd={async (title, minutes) => {
          await addTopic.mutateAsync({
            schemaVersion: 1,
            id: crypto.randomUUID(),
            title,
            minutes,
            raisedBy: me,
            occurrenceKey: occurrence.key,
            createdAt: new Date().toISOString(),
          });
        }}
      />
      {addTopic.isError && <ErrorNotice error={addTopic.error} />}
    </section>
  );
}
