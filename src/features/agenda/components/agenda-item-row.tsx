import { Badge, Button, SpinButton, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { useBilingual } from "@/lib/i18n/bilingual";
import type { AgendaItem } from "../model/agenda";

const narrow = "@media (max-width: 480px)";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(52px, max-content) 1fr auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // In a side panel or an Outlook task pane the controls take a line of their own under the
    // title, which would otherwise be squeezed to a word per line.
    [narrow]: { gridTemplateColumns: "minmax(52px, max-content) 1fr" },
  },
  over: { backgroundColor: tokens.colorPaletteRedBackground1 },
  time: { color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
  timeCell: { display: "flex", flexDirection: "column" },
  body: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  controls: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    [narrow]: { gridColumn: "2 / -1" },
  },
  spin: { width: "76px" },
});

interface Props {
  item: AgendaItem;
  startLabel: string;
  /** The start on the viewer's own clock, "你的时间 09:30", where it reads otherwise than the meeting's. */
  yourTime?: string;
  isOver: boolean;
  names: Readonly<Record<string, string>>;
  isEditable: boolean;
  isFirst: boolean;
  isLast: boolean;
  onMove: (delta: -1 | 1) => void;
  onRetime: (minutes: number) => void;
  onRemove: () => void;
}

export function AgendaItemRow({
  item,
  startLabel,
  yourTime,
  isOver,
  names,
  isEditable,
  isFirst,
  isLast,
  onMove,
  onRetime,
  onRemove,
}: Props) {
  const { t } = useTranslation("agenda");
  const text = useBilingual();
  const styles = useStyles();
  const title = text(item.title);
  const person = item.speaker ?? item.raisedBy;
  return (
    <li className={mergeClasses(styles.row, isOver && styles.over)} data-item-id={item.id}>
      {yourTime === undefined ? (
        <Text className={styles.time}>{startLabel}</Text>
      ) : (
        <span className={styles.timeCell}>
          <Text className={styles.time}>{startLabel}</Text>
          <Text size={100} className={styles.time}>
            {yourTime}
          </Text>
        </span>
      )}
      <span className={styles.body}>
        <Text weight="semibold">{title}</Text>
        {person && (
          <Text size={200}>
            {item.speaker
              ? t("speaker", { name: names[person] ?? person })
              : t("raisedBy", { name: names[person] ?? person })}
          </Text>
        )}
      </span>
      {isEditable ? (
        <span className={styles.controls}>
          <SpinButton
            className={styles.spin}
            aria-label={t("minutesOf", { title })}
            min={0}
            max={240}
            value={item.minutes}
            onChange={(_e, data) => {
              const minutes = typeof data.value === "number" ? data.value : Number(data.displayValue);
              if (Number.isFinite(minutes)) onRetime(minutes);
            }}
          />
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowUpRegular />}
            disabled={isFirst}
            aria-label={t("moveUp", { title })}
            onClick={() => {
              onMove(-1);
            }}
          />
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowDownRegular />}
            disabled={isLast}
            aria-label={t("moveDown", { title })}
            onClick={() => {
              onMove(1);
            }}
          />
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t("remove", { title })}
            onClick={onRemove}
          />
        </span>
      ) : (
        <Badge appearance="tint">{`${String(item.minutes)} ${t("minutes")}`}</Badge>
      )}
    </li>
  );
}
