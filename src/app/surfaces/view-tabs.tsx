// The meeting's views as tabs that never push one out of reach: in a 280 px side panel (or in English,
// whose labels are longer) the tabs that do not fit go into a "more" menu, the selected one always
// stays visible (Fluent's Overflow, https://react.fluentui.dev/?path=/docs/components-overflow--docs).
// The "more" button sits beside the tab list, not in it: a tablist may own only tabs
// (https://www.w3.org/TR/wai-aria-1.2/#tablist), and a button inside one is a critical axe finding.
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  makeStyles,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { MeetingView } from "@/meeting/model/roles/view-policy";

interface ViewTabsProps {
  views: readonly MeetingView[];
  selected: MeetingView;
  size: "small" | "medium";
  onSelect: (view: MeetingView) => void;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "nowrap", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabs: { minWidth: 0, flexWrap: "nowrap" },
});

export function ViewTabs({ views, selected, size, onSelect }: ViewTabsProps) {
  const { t } = useTranslation("app");
  const styles = useStyles();
  return (
    <Overflow minimumVisible={1}>
      <div className={styles.row}>
        <TabList
          className={styles.tabs}
          size={size}
          selectedValue={selected}
          onTabSelect={(_e, d) => {
            onSelect(d.value as MeetingView);
          }}
        >
          {views.map((v) => (
            <OverflowItem key={v} id={v} priority={v === selected ? 2 : 1}>
              <Tab value={v}>{t(`workbench.${v}`)}</Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreViews views={views} onSelect={onSelect} />
      </div>
    </Overflow>
  );
}

function MoreViews({ views, onSelect }: { views: readonly MeetingView[]; onSelect: (view: MeetingView) => void }) {
  const { t } = useTranslation("app");
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          icon={<MoreHorizontalRegular />}
          aria-label={t("workbench.moreViews", { count: overflowCount })}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((v) => (
            <HiddenView key={v} view={v} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenView({ view, onSelect }: { view: MeetingView; onSelect: (view: MeetingView) => void }) {
  const { t } = useTranslation("app");
  const isVisible = useIsOverflowItemVisible(view);
  if (isVisible) return null;
  return (
    <MenuItem
      onClick={() => {
        onSelect(view);
      }}
    >
      {t(`workbench.${view}`)}
    </MenuItem>
  );
}
