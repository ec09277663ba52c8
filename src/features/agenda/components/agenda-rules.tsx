import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useBilingual } from "@/lib/i18n/bilingual";
import type { RuleLines } from "@/meeting/model/series-config/meeting-rules";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXXL,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  group: { flex: "1 1 240px", minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The series' 会议要求 and 会议纪律 at the top of the agenda (docs/domain.md §6). */
export function AgendaRules({ rules }: { rules: RuleLines }) {
  const { t } = useTranslation("agenda");
  const text = useBilingual();
  const styles = useStyles();
  const groups = [
    { key: "requirements", lines: rules.requirements },
    { key: "discipline", lines: rules.discipline },
  ] as const;
  return (
    <section className={styles.root} aria-label={t("rules.heading")}>
      {groups
        .filter((group) => group.lines.length > 0)
        .map((group) => (
          <div key={group.key} className={styles.group}>
            <Text as="h3" weight="semibold">
              {t(`rules.${group.key}`)}
            </Text>
            <ul className={styles.list}>
              {group.lines.map((line, index) => (
                <li key={index}>
                  <Text size={200}>{text(line)}</Text>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
