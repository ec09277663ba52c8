import {
  Button,
  Dropdown,
  Field,
  Option,
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { readSpinValue } from "./read-spin-value";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { presetTemplates } from "@/meeting/model/templates/presets";
import { getTemplateMinutes } from "@/meeting/model/templates/time-boxes";
import { useBilingual } from "@/lib/i18n/bilingual";
import { visuallyHidden } from "@/lib/ui/visually-hidden";
import type { TemplateSection } from "@/meeting/model/templates/types";

const useStyles = makeStyles({
  over: { color: tokens.colorPaletteRedForeground1 },
  spin: { width: "88px" },
  hidden: visuallyHidden,
});

interface Props {
  config: SeriesConfig;
  onTemplateChange: (templateId: string) => void;
  onChange: (config: SeriesConfig) => void;
}

export function TemplateFields({ config, onTemplateChange, onChange }: Props) {
  const { t } = useTranslation("setup");
  const text = useBilingual();
  const styles = useStyles();
  const template = config.template;
  const total = getTemplateMinutes(template);
  const over = total - template.capMinutes;

  const updateSection = (id: string, patch: Partial<TemplateSection>) => {
    const sections = template.sections.map((s) => (s.id === id ? { ...s, ...patch } : s));
    // Fewer speaker slots than people assigned: the extra people no longer speak there.
    const slots =
      patch.speakers === undefined
        ? config.speakers
        : { ...config.speakers, [id]: (config.speakers[id] ?? []).slice(0, patch.speakers) };
    onChange({ ...config, template: { ...template, sections }, speakers: slots });
  };

  return (
    <>
      <Field label={t("template.label")} hint={text(template.description)}>
        <Dropdown
          value={text(template.name)}
          selectedOptions={[template.id]}
          onOptionSelect={(_e, data) => {
            if (data.optionValue) onTemplateChange(data.optionValue);
          }}
        >
          {presetTemplates.map((preset) => (
            <Option key={preset.id} value={preset.id}>
              {text(preset.name)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("template.cap")}>
        <SpinButton
          className={styles.spin}
          min={1}
          max={480}
          value={template.capMinutes}
          onChange={(_e, data) => {
            const capMinutes = readSpinValue(data.value, data.displayValue);
            if (capMinutes !== undefined) onChange({ ...config, template: { ...template, capMinutes } });
          }}
        />
      </Field>
      <Table size="small" aria-label={t("template.heading")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("template.section")}</TableHeaderCell>
            <TableHeaderCell>{t("template.speakers")}</TableHeaderCell>
            <TableHeaderCell>{t("template.minutes")}</TableHeaderCell>
            <TableHeaderCell>
              <span className={styles.hidden}>{t("template.actions")}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {template.sections.map((section) => (
            <TableRow key={section.id}>
              <TableCell>{text(section.title)}</TableCell>
              <TableCell>
                <SpinButton
                  className={styles.spin}
                  aria-label={`${text(section.title)} · ${t("template.speakers")}`}
                  min={1}
                  max={20}
                  value={section.speakers}
                  onChange={(_e, data) => {
                    const speakers = readSpinValue(data.value, data.displayValue);
                    if (speakers !== undefined) updateSection(section.id, { speakers });
                  }}
                />
              </TableCell>
              <TableCell>
                <SpinButton
                  className={styles.spin}
                  aria-label={`${text(section.title)} · ${t("template.minutes")}`}
                  min={0}
                  max={240}
                  value={section.minutesPerSpeaker}
                  onChange={(_e, data) => {
                    const minutesPerSpeaker = readSpinValue(data.value, data.displayValue);
                    if (minutesPerSpeaker !== undefined) updateSection(section.id, { minutesPerSpeaker });
                  }}
                />
              </TableCell>
              <TableCell>
                {section.kind !== "review" && (
                  <Button
                    appearance="subtle"
                    icon={<DismissRegular />}
                    aria-label={t("template.remove", { title: text(section.title) })}
                    onClick={() => {
                      onChange({
                        ...config,
                        template: { ...template, sections: template.sections.filter((s) => s.id !== section.id) },
                      });
                    }}
                  />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text role="status" className={over > 0 ? styles.over : undefined}>
        {over > 0 ? t("template.over", { over }) : t("template.total", { total, cap: template.capMinutes })}
      </Text>
    </>
  );
}
