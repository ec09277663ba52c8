import { Combobox, Field, Input, Option } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ReportPerson } from "@/meeting/model/records/report-record";
import type { ReportIssue } from "../model/validate-report";
import { describeIssues, useReportsTranslation } from "./report-i18n";

export interface PersonFieldProps {
  label: string;
  value: ReportPerson | undefined;
  onChange: (next: ReportPerson) => void;
  /** Suggestions (the series' attendees); anyone else can be typed by name. */
  people: readonly ReportPerson[];
  issues: readonly ReportIssue[];
  previous?: ReactNode;
}

function matchPeople(people: readonly ReportPerson[], value: ReportPerson | undefined): readonly ReportPerson[] {
  const text = value?.name.trim().toLowerCase() ?? "";
  // A picked person shows the whole list again, so changing one's mind needs no clearing first.
  if (text === "" || value?.upn) return people;
  return people.filter((person) => person.name.toLowerCase().includes(text) || person.upn.toLowerCase().includes(text));
}

/** 监督人: picked from the suggestions or typed; a typed name has no UPN. */
export function PersonField({ label, value, onChange, people, issues, previous }: PersonFieldProps) {
  const { t } = useReportsTranslation();
  const validationMessage = describeIssues(t, issues);
  return (
    <div>
      <Field label={label} validationMessage={validationMessage}>
        {people.length === 0 ? (
          <Input
            value={value?.name ?? ""}
            placeholder={t("person.placeholder")}
            onChange={(_, data) => {
              onChange({ upn: "", name: data.value });
            }}
          />
        ) : (
          <Combobox
            freeform
            // Fluent's own name for this button is the English "Open …".
            expandIcon={{ "aria-label": t("person.showList", { label }) }}
            value={value?.name ?? ""}
            selectedOptions={value?.upn ? [value.upn] : []}
            placeholder={t("person.placeholder")}
            onChange={(event) => {
              onChange({ upn: "", name: event.target.value });
            }}
            onOptionSelect={(_, data) => {
              const person = people.find((p) => p.upn === data.optionValue);
              if (person) onChange({ upn: person.upn, name: person.name });
            }}
          >
            {matchPeople(people, value).map((person) => (
              <Option key={person.upn} value={person.upn} text={person.name}>
                {person.name}
              </Option>
            ))}
          </Combobox>
        )}
      </Field>
      {previous}
    </div>
  );
}
