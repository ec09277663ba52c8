import { Combobox, Option, OptionGroup } from "@fluentui/react-components";
import type { MinutesPerson } from "@/meeting/model/records/minutes-record";
import { useMinutesTranslation } from "./minutes-i18n";

export interface PersonPickerProps {
  /** The accessible name, e.g. "责任人". */
  label: string;
  value: MinutesPerson | undefined;
  onChange: (next: MinutesPerson | undefined) => void;
  /** Meeting attendees, listed first. */
  attendees: readonly MinutesPerson[];
  /** The workspace group's other members. */
  others: readonly MinutesPerson[];
  invalid?: boolean;
  className?: string;
}

function matches(person: MinutesPerson, text: string): boolean {
  return text === "" || person.name.toLowerCase().includes(text) || person.upn.toLowerCase().includes(text);
}

/** Picks a person: meeting attendees first, then the group's other members; only a pick counts. */
export function PersonPicker({
  label,
  value,
  onChange,
  attendees,
  others,
  invalid = false,
  className,
}: PersonPickerProps) {
  const { t } = useMinutesTranslation();
  const attendeeUpns = new Set(attendees.map((p) => p.upn.toLowerCase()));
  const rest = others.filter((p) => !attendeeUpns.has(p.upn.toLowerCase()));
  const typed = value?.upn ? "" : (value?.name.trim().toLowerCase() ?? "");
  const all = [...attendees, ...rest];
  return (
    <Combobox
      {...(className === undefined ? {} : { className })}
      aria-label={label}
      aria-invalid={invalid}
      freeform
      // Fluent's own name for this button is the English "Open …".
      expandIcon={{ "aria-label": t("action.showPeople", { label }) }}
      placeholder={t("action.personPlaceholder")}
      value={value?.name ?? ""}
      selectedOptions={value?.upn ? [value.upn] : []}
      onChange={(event) => {
        // Typing searches; the owner is set only by a pick, since Planner needs a real person.
        onChange(event.target.value === "" ? undefined : { upn: "", name: event.target.value });
      }}
      onOptionSelect={(_, data) => {
        const person = all.find((p) => p.upn === data.optionValue);
        onChange(person ? { upn: person.upn, name: person.name } : undefined);
      }}
    >
      <OptionGroup label={t("action.attendeesGroup")}>
        {attendees
          .filter((p) => matches(p, typed))
          .map((person) =>
            person.kind === undefined || person.kind === "member" ? (
              <Option key={person.upn} value={person.upn} text={person.name}>
                {person.name}
              </Option>
            ) : (
              // Shown, but Planner can assign only the organization's own users (docs/domain.md §2).
              <Option key={person.upn} value={person.upn} text={person.name} disabled>
                {t(`action.notOwner.${person.kind}`, { name: person.name })}
              </Option>
            ),
          )}
      </OptionGroup>
      {rest.length > 0 && (
        <OptionGroup label={t("action.othersGroup")}>
          {rest
            .filter((p) => matches(p, typed))
            .map((person) => (
              <Option key={person.upn} value={person.upn} text={person.name}>
                {person.name}
              </Option>
            ))}
        </OptionGroup>
      )}
    </Combobox>
  );
}
