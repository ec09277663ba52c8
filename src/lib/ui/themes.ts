// Fluent's Teams themes. Only the light one, Teams' default, is in the first-paint chunk; the dark
// and high-contrast themes are chunks of their own, loaded when the host or the OS asks for them
// (each theme is a full set of tokens, and a start-up in one theme needs no other).
import { teamsLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark" | "contrast";

const loaded = new Map<ThemeName, Theme>([["light", teamsLightTheme]]);

export const fallbackTheme: Theme = teamsLightTheme;

/** The theme if its chunk has loaded (light always has). */
export function getLoadedTheme(name: ThemeName): Theme | undefined {
  return loaded.get(name);
}

export async function loadTheme(name: ThemeName): Promise<Theme> {
  const known = loaded.get(name);
  if (known !== undefined) return known;
  const theme =
    name === "dark"
      ? (await import("./theme-dark")).teamsDarkTheme
      : (await import("./theme-contrast")).teamsHighContrastTheme;
  loaded.set(name, theme);
  return theme;
}

/** Before the host answers, guess from the URL (demo) or the OS so the first paint does not flash. */
export function guessThemeName(search: string, prefersDark: boolean): ThemeName {
  const asked = new URLSearchParams(search).get("theme");
  if (asked === "light" || asked === "dark" || asked === "contrast") return asked;
  return prefersDark ? "dark" : "light";
}
