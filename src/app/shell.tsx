import { useEffect, useState } from "react";
import { FluentProvider, Spinner, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { fallbackTheme, getLoadedTheme, loadTheme } from "@/lib/ui/themes";
import type { ThemeName } from "@/lib/ui/themes";

export const firstPaintMark = "meetloop:first-paint";

// NOTE: page-wide rules live here, not in an inline <style> in index.html: the hosted build's
// Content-Security-Policy refuses inline style elements (scripts/hosting/security-headers.ts).
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

// NOTE: layout styles go on an inner element: Fluent copies the provider's classes onto its portal
// mount node (menus, dropdown lists), so a full-height background there would cover the page.
const useStyles = makeStyles({
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  loading: { paddingBlock: tokens.spacingVerticalXXL },
});

/**
 * The named theme once its chunk is loaded; until then the light one (start-up loads the host's
 * theme before drawing a surface, so this wait is only ever seen on a theme switch).
 */
function useFluentTheme(name: ThemeName) {
  const theme = getLoadedTheme(name);
  const [, setLoadedName] = useState<ThemeName>();
  useEffect(() => {
    if (theme !== undefined) return;
    let isCurrent = true;
    loadTheme(name).then(
      () => {
        if (isCurrent) setLoadedName(name);
      },
      (error: unknown) => {
        console.error("Meetloop: the theme could not be loaded", error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [name, theme]);
  return theme ?? fallbackTheme;
}

/** The frame every surface is drawn in; its first commit is the panel's first paint. */
export function Shell({ theme, children }: { theme: ThemeName; children?: ReactNode }) {
  usePageStyles();
  const styles = useStyles();
  const fluentTheme = useFluentTheme(theme);
  useEffect(() => {
    if (performance.getEntriesByName(firstPaintMark).length === 0) performance.mark(firstPaintMark);
  }, []);
  return (
    <FluentProvider theme={fluentTheme}>
      <div className={styles.page}>
        {children ?? (
          <Spinner
            className={styles.loading}
            label={navigator.language.startsWith("zh") ? "例会通 正在加载…" : "Meetloop is loading…"}
          />
        )}
      </div>
    </FluentProvider>
  );
}
