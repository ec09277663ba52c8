import { Field, Input, Radio, RadioGroup, SpinButton, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { readSpinValue } from "./read-spin-value";
import { WorkingTimeFields } from "./working-time-fields";
import { getLeaveCutoffWorkingDays } from "@/meeting/model/series-config/deadlines";
import type { LatenessPolicy, SeriesConfig } from "@/meeting/model/series-config/series-config";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  spin: { width: "100px" },
});

export function RulesFields({ config, onChange }: { config: SeriesConfig; onChange: (config: SeriesConfig) => void }) {
  const { t } = useTranslation("setup");
  const styles = useStyles();
  const lateness = config.attendance.lateness;
  const setLateness = (next: LatenessPolicy) => {
    onChange({ ...config, attendance: { ...config.attendance, lateness: next } });
  };

  return (
    <>
      <div className={styles.row}>
        <Field label={t("rules.reportDueDays")}>
          <SpinButton
            className={styles.spin}
            min={0}
            max={10}
            value={config.reportDue.workingDaysBefore}
            onChange={(_e, d) => {
              const workingDaysBefore = readSpinValue(d.value, d.displayValue);
              if (workingDaysBefore !== undefined)
                onChange({ ...config, reportDue: { ...config.reportDue, workingDaysBefore } });
            }}
          />
        </Field>
        <Field label={t("rules.reportDueTime")}>
          <Input
            type="time"
            value={config.reportDue.time}
            onChange={(_e, d) => {
              if (d.value) onChange({ ...config, reportDue: { ...config.reportDue, time: d.value } });
            }}
          />
        </Field>
        <Field label={t("rules.noticeLead")}>
          <SpinButton
            className={styles.spin}
            min={0}
            max={168}
            value={config.noticeLeadHours}
            onChange={(_e, d) => {
              const noticeLeadHours = readSpinValue(d.value, d.displayValue);
              if (noticeLeadHours !== undefined) onChange({ ...config, noticeLeadHours });
            }}
          />
        </Field>
        <Field label={t("rules.leaveCutoff")}>
          <SpinButton
            className={styles.spin}
            min={0}
            max={30}
            step={0.5}
            value={getLeaveCutoffWorkingDays(config.attendance)}
            onChange={(_e, d) => {
              const leaveCutoffWorkingDays = readSpinValue(d.value, d.displayValue);
              // The hours go on being written for copies of the app that predate working days.
              if (leaveCutoffWorkingDays !== undefined)
                onChange({
                  ...config,
                  attendance: {
                    ...config.attendance,
                    leaveCutoffWorkingDays,
                    leaveCutoffHours: Math.min(720, leaveCutoffWorkingDays * 24),
                  },
                });
            }}
          />
        </Field>
      </div>
      <WorkingTimeFields config={config} onChange={onChange} />
      <Field label={t("rules.lateness")}>
        <RadioGroup
          layout="horizontal"
          value={lateness.kind}
          onChange={(_e, d) => {
            if (d.value === "none") setLateness({ kind: "none" });
            if (d.value === "flat") setLateness({ kind: "flat", amount: 20 });
            if (d.value === "perMinute") setLateness({ kind: "perMinute", amount: 10 });
          }}
        >
          <Radio value="none" label={t("rules.none")} />
          <Radio value="flat" label={t("rules.flat")} />
          <Radio value="perMinute" label={t("rules.perMinute")} />
        </RadioGroup>
      </Field>
      {lateness.kind !== "none" && (
        <Field label={t("rules.amount")}>
          <SpinButton
            className={styles.spin}
            min={0}
            max={10_000}
            value={lateness.amount}
            onChange={(_e, d) => {
              const amount = readSpinValue(d.value, d.displayValue);
              if (amount !== undefined) setLateness({ ...lateness, amount });
            }}
          />
        </Field>
      )}
    </>
  );
}
