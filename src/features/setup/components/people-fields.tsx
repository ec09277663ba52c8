import { Button, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { useBilingual } from "@/lib/i18n/bilingual";
import type { SetupPerson } from "../model/default-config";
import { PersonPicker } from "./person-picker";

const useStyles = makeStyles({
  order: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  orderRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  slots: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
});

interface Props {
  config: SeriesConfig;
  people: SetupPerson[];
  firstOccurrenceKey: string;
  onChange: (config: SeriesConfig) => void;
  onNoteTakerChange: (key: string) => void;
  showErrors: boolean;
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function PeopleFields({ config, people, firstOccurrenceKey, onChange, onNoteTakerChange, showErrors }: Props) {
  const { t } = useTranslation("setup");
  const text = useBilingual();
  const styles = useStyles();
  const nameOf = (key: string) => people.find((p) => p.key === key)?.name ?? key;
  const host = config.host;

  return (
    <>
      <PersonPicker
        label={t("people.noteTaker")}
        people={people}
        value={config.noteTaker}
        required
        validationMessage={showErrors && !config.noteTaker ? t("people.noteTakerRequired") : undefined}
        onChange={(upn) => {
          if (upn) onNoteTakerChange(upn);
        }}
      />
      <Field label={t("people.hostMode")}>
        <RadioGroup
          value={host.mode}
          onChange={(_e, data) => {
            if (data.value === "fixed") onChange({ ...config, host: { mode: "fixed", host: people[0]?.key ?? "" } });
            if (data.value === "rotating") {
              onChange({
                ...config,
                host: {
                  mode: "rotating",
                  order: people.map((p) => p.key).filter((k) => k !== config.noteTaker),
                  startsAt: firstOccurrenceKey,
                },
              });
            }
          }}
        >
          <Radio value="fixed" label={t("people.fixed")} />
          <Radio value="rotating" label={t("people.rotating")} />
        </RadioGroup>
      </Field>
      {host.mode === "fixed" ? (
        <PersonPicker
          label={t("people.host")}
          people={people}
          value={host.host}
          onChange={(upn) => {
            if (upn) onChange({ ...config, host: { ...host, host: upn } });
          }}
        />
      ) : (
        <Field label={t("people.rotation")}>
          <ol className={styles.order}>
            {host.order.map((upn, i) => (
              <li key={upn} className={styles.orderRow}>
                <Text>{`${String(i + 1)}. ${nameOf(upn)}`}</Text>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUpRegular />}
                  disabled={i === 0}
                  aria-label={t("people.moveUp", { name: nameOf(upn) })}
                  onClick={() => {
                    onChange({ ...config, host: { ...host, order: move(host.order, i, i - 1) } });
                  }}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowDownRegular />}
                  disabled={i === host.order.length - 1}
                  aria-label={t("people.moveDown", { name: nameOf(upn) })}
                  onClick={() => {
                    onChange({ ...config, host: { ...host, order: move(host.order, i, i + 1) } });
                  }}
                />
              </li>
            ))}
          </ol>
        </Field>
      )}
      <Field label={t("people.speakers")}>
        <div className={styles.slots}>
          {config.template.sections
            .filter((s) => s.role === "speaker")
            .flatMap((section) =>
              Array.from({ length: section.speakers }, (_unused, i) => [
                <PersonPicker
                  key={`${section.id}-${String(i)}`}
                  label={t("people.slot", { section: text(section.speakerLabel ?? section.title), n: i + 1 })}
                  people={people}
                  value={config.speakers[section.id]?.[i]}
                  placeholder={t("people.unassigned")}
                  onChange={(upn) => {
                    if (!upn) return;
                    // Keep each person in the slot they were picked for; unfilled slots before it stay empty.
                    const slots = Array.from(
                      { length: Math.max(section.speakers, i + 1) },
                      (_unused, n) => config.speakers[section.id]?.[n] ?? "",
                    );
                    slots[i] = upn;
                    onChange({
                      ...config,
                      speakers: { ...config.speakers, [section.id]: slots.slice(0, section.speakers) },
                    });
                  }}
                />,
                // A section several people speak in (各部门负责人) does not say whose department each is.
                section.speakers > 1 && config.speakers[section.id]?.[i] ? (
                  <DepartmentField
                    key={`${section.id}-${String(i)}-department`}
                    person={config.speakers[section.id]?.[i] ?? ""}
                    name={nameOf(config.speakers[section.id]?.[i] ?? "")}
                    config={config}
                    onChange={onChange}
                  />
                ) : null,
              ]),
            )}
        </div>
      </Field>
    </>
  );
}

function DepartmentField({
  person,
  name,
  config,
  onChange,
}: {
  person: string;
  name: string;
  config: SeriesConfig;
  onChange: (next: SeriesConfig) => void;
}) {
  const { t } = useTranslation("setup");
  return (
    <Field label={t("people.department", { name })} hint={t("people.departmentHint")}>
      <Input
        value={config.departments?.[person] ?? ""}
        maxLength={60}
        onChange={(_e, data) => {
          const others = Object.entries(config.departments ?? {}).filter(([key]) => key !== person);
          const named = data.value.trim() === "" ? others : [...others, [person, data.value] as const];
          onChange({ ...config, departments: Object.fromEntries(named) });
        }}
      />
    </Field>
  );
}
