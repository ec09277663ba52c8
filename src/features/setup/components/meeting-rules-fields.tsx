import { Button, Caption1, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { useBilingual } from "@/lib/i18n/bilingual";
import { describeLateness, describeLeaveCutoff, getSeriesRules } from "@/meeting/model/series-config/meeting-rules";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { getTemplateRules } from "@/meeting/model/templates/rules";
import type { MeetingRule, MeetingRuleKind } from "@/meeting/model/templates/rules";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  start: { alignSelf: "flex-start" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
});

const groups: { kind: MeetingRuleKind; key: "requirements" | "discipline" }[] = [
  { kind: "requirement", key: "requirements" },
  { kind: "discipline", key: "discipline" },
];

/**
 * The series' 会议要求 and 会议纪律, copied from its template and editable. A rule someone edits is
 * kept in the words they typed, for readers of either language: it is the company's own wording.
 */
export function MeetingRulesFields({
  config,
  onChange,
}: {
  config: SeriesConfig;
  onChange: (config: SeriesConfig) => void;
}) {
  const { t } = useTranslation("setup");
  const text = useBilingual();
  const styles = useStyles();
  const rules = getSeriesRules(config);
  const setRules = (next: MeetingRule[]) => {
    onChange({ ...config, rules: next });
  };

  return (
    <div className={styles.root}>
      <Text>{t("meetingRules.intro")}</Text>
      {groups.map(({ kind, key }) => {
        const group = t(`meetingRules.${key}`);
        const entries = rules.map((rule, index) => ({ rule, index })).filter(({ rule }) => rule.kind === kind);
        return (
          <div key={kind} className={styles.group} role="group" aria-label={group}>
            <Text weight="semibold">{group}</Text>
            {entries.length === 0 && <Caption1 className={styles.muted}>{t("meetingRules.empty")}</Caption1>}
            {entries.map(({ rule, index }, position) => {
              const row = position + 1;
              return (
                <div key={index} className={styles.row}>
                  <Field className={styles.grow} label={t("meetingRules.rule", { group, row })}>
                    <Textarea
                      rows={2}
                      resize="vertical"
                      maxLength={1000}
                      value={text(rule.text)}
                      onChange={(_e, d) => {
                        setRules(rules.map((r, i) => (i === index ? { kind, text: { zh: d.value, en: d.value } } : r)));
                      }}
                    />
                  </Field>
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t("meetingRules.remove", { group, row })}
                    title={t("meetingRules.remove", { group, row })}
                    onClick={() => {
                      setRules(rules.filter((_, i) => i !== index));
                    }}
                  />
                </div>
              );
            })}
            <Button
              className={styles.start}
              icon={<AddRegular />}
              disabled={rules.length >= 50}
              onClick={() => {
                setRules([...rules, { kind, text: { zh: "", en: "" } }]);
              }}
            >
              {t("meetingRules.add", { group })}
            </Button>
          </div>
        );
      })}
      <div className={styles.group}>
        <Caption1 className={styles.muted}>{t("meetingRules.derived")}</Caption1>
        <ul className={styles.list}>
          <li>
            <Text>{text(describeLeaveCutoff(config.attendance.leaveCutoffHours))}</Text>
          </li>
          <li>
            <Text>{text(describeLateness(config.attendance.lateness))}</Text>
          </li>
        </ul>
      </div>
      <Button
        className={styles.start}
        onClick={() => {
          setRules(getTemplateRules(config.template.id));
        }}
      >
        {t("meetingRules.reset")}
      </Button>
    </div>
  );
}
