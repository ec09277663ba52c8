import { Dropdown, Field, Option } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useServices } from "@/lib/app-services/services-context";
import { formatOccurrenceInZones } from "@/features/series";
import type { Occurrence } from "@/features/series";

/** The meetings one can prepare or record from here: the last three held, the current one and the next six. */
export function listOccurrenceChoices(occurrences: Occurrence[], position: { current?: Occurrence }): Occurrence[] {
  const held = occurrences.filter((o) => o.status !== "cancelled");
  const index = position.current ? held.indexOf(position.current) : held.length - 1;
  return held.slice(Math.max(0, index - 3), index + 7);
}

export function OccurrencePicker({
  choices,
  value,
  onChange,
  timeZone,
}: {
  choices: Occurrence[];
  value: string;
  onChange: (key: string) => void;
  /** The meeting's own zone: every date is said on its clock, the viewer's beside it (docs/domain.md §10). */
  timeZone: string;
}) {
  const { t } = useTranslation("app");
  const { viewer } = useServices();
  const label = (o: Occurrence) => formatOccurrenceInZones(o, viewer, timeZone);
  const selected = choices.find((o) => o.key === value);
  return (
    <Field label={t("workbench.occurrence")}>
      <Dropdown
        value={selected ? label(selected) : ""}
        selectedOptions={[value]}
        onOptionSelect={(_e, d) => {
          if (d.optionValue) onChange(d.optionValue);
        }}
      >
        {choices.map((o) => (
          <Option key={o.key} value={o.key} text={label(o)}>
            {label(o)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
