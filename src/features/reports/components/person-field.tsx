import { Field } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PersonCombobox } from "@/lib/ui/person-combobox";
import type { PickablePerson } from "@/lib/ui/person-combobox";
import type { ReportPerson } from "@/meeting/model/records/report-record";
import type { ReportIssue } from "../model/validate-report";
import { describeIssues, useReportsTranslation } from "./report-i18n";

export interface PersonFieldProps {
  label: string;
  value: ReportPerson | undefined;
  /** Undefined when the field is cleared. */
  onChange: (next: ReportPerson | undefined) => void;
  /** The meeting's people, listed first. */
  people: readonly ReportPerson[];
  /** The rest of the directory the app has read: the workspace group's members. */
  others?: readonly ReportPerson[];
  issues: readonly ReportIssue[];
  previous?: ReactNode;
}

const toPickable = (person: ReportPerson): PickablePerson => ({ key: person.upn, name: person.name });

/**
 * 监督人: a person picked from the meeting's people or the workspace's members. What is typed stays in
 * the draft until a person is picked; a name that matches nobody is for validateReport to refuse. An
 * older report's supervisor stored as a typed name (no person key) is shown as it was.
 */
export function PersonField({ label, value, onChange, people, others = [], issues, previous }: PersonFieldProps) {
  const { t } = useReportsTranslation();
  const validationMessage = describeIssues(t, issues);
  return (
    <div>
      <Field label={label} validationMessage={validationMessage}>
        <PersonCombobox
          value={value === undefined ? undefined : { key: value.upn, name: value.name }}
          invalid={validationMessage !== undefined}
          placeholder={t("person.placeholder")}
          expandLabel={t("person.showList", { label })}
          onChange={(next) => {
            onChange(next === undefined ? undefined : { upn: next.key, name: next.name });
          }}
          groups={[
            { label: t("person.attendeesGroup"), people: people.map(toPickable) },
            { label: t("person.othersGroup"), people: others.map(toPickable) },
          ]}
        />
      </Field>
      {previous}
    </div>
  );
}
