import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark" | "contrast";

export const themes: Record<ThemeName, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Before the host answers, guess from the URL (demo) or the OS so the first paint does not flash. */
export function guessThemeName(search: string, prefersDark: boolean): ThemeName {
  const asked = new URLSearchParams(search).get("theme");
  if (asked === "light" || asked === "dark" || asked === "contrast") return asked;
  return prefersDark ? "dark" : "light";
}
