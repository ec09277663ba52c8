import { Caption1, Checkbox, Field, Input, Label, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { chinaHolidays } from "@/lib/holidays/china-holidays";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { getSeriesWorkingTime } from "@/meeting/model/series-config/deadlines";
import type { WorkingTime } from "@/meeting/model/time/working-time";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-end" },
  days: { display: "flex", flexWrap: "wrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

// Monday first, as a Chinese week reads; the values are JavaScript's getDay().
const weekOrder = [1, 2, 3, 4, 5, 6, 0] as const;

/** The series' working hours and holiday calendar, which every deadline counts in (docs/domain.md). */
export function WorkingTimeFields({
  config,
  onChange,
}: {
  config: SeriesConfig;
  onChange: (config: SeriesConfig) => void;
}) {
  const { t } = useTranslation("setup");
  const styles = useStyles();
  const daysLabelId = useId("working-days");
  const workingTime = getSeriesWorkingTime(config);
  const update = (next: Partial<WorkingTime>) => {
    const merged = { ...workingTime, ...next };
    onChange({ ...config, workingTime: { ...merged, weekdays: [...merged.weekdays] } });
  };
  const toggleDay = (day: number, isOn: boolean) => {
    const others = workingTime.weekdays.filter((d) => d !== day);
    update({ weekdays: (isOn ? [...others, day] : others).sort((a, b) => a - b) });
  };

  return (
    <>
      {/* Not a Field: a Field lends its one label to every checkbox inside it. */}
      <div role="group" aria-labelledby={daysLabelId}>
        <Label id={daysLabelId}>{t("rules.workingDays")}</Label>
        <div className={styles.days}>
          {weekOrder.map((day) => (
            <Checkbox
              key={day}
              label={t(`rules.weekday.${day}`)}
              checked={workingTime.weekdays.includes(day)}
              onChange={(_e, d) => {
                toggleDay(day, d.checked === true);
              }}
            />
          ))}
        </div>
        {workingTime.weekdays.length === 0 && <Text className={styles.error}>{t("rules.noWorkingDay")}</Text>}
      </div>
      <div className={styles.row}>
        <Field label={t("rules.workStart")}>
          <Input
            type="time"
            value={workingTime.start}
            onChange={(_e, d) => {
              if (d.value) update({ start: d.value });
            }}
          />
        </Field>
        <Field
          label={t("rules.workEnd")}
          validationState={workingTime.end <= workingTime.start ? "error" : "none"}
          validationMessage={workingTime.end <= workingTime.start ? t("rules.endBeforeStart") : undefined}
        >
          <Input
            type="time"
            value={workingTime.end}
            onChange={(_e, d) => {
              if (d.value) update({ end: d.value });
            }}
          />
        </Field>
        <Checkbox
          label={t("rules.chinaHolidays")}
          checked={workingTime.publicHolidays === "cn-mainland"}
          onChange={(_e, d) => {
            update({ publicHolidays: d.checked === true ? "cn-mainland" : "none" });
          }}
        />
      </div>
      <Caption1>
        {t("rules.holidaySource", {
          name: chinaHolidays.source.name,
          version: chinaHolidays.source.version,
          first: chinaHolidays.years.first,
          last: chinaHolidays.years.last,
        })}
      </Caption1>
    </>
  );
}
