import { Caption1, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { RuleLines } from "@/meeting/model/series-config/meeting-rules";
import { useReportsTranslation } from "./report-i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The series' 会议要求 and 会议纪律, beside the report the speaker is preparing (docs/domain.md §6). */
export function MeetingRulesNote({ rules }: { rules: RuleLines }) {
  const styles = useStyles();
  const { t, lang } = useReportsTranslation();
  const headingId = useId("rules");
  const groups = [
    { key: "requirements", lines: rules.requirements },
    { key: "discipline", lines: rules.discipline },
  ] as const;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text id={headingId} as="h2" weight="semibold" size={300}>
        {t("rules.heading")}
      </Text>
      {groups
        .filter((group) => group.lines.length > 0)
        .map((group) => (
          <div key={group.key}>
            <Caption1 className={styles.muted}>{t(`rules.${group.key}`)}</Caption1>
            <ul className={styles.list}>
              {group.lines.map((line, index) => (
                <li key={index}>
                  <Caption1>{line[lang]}</Caption1>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
