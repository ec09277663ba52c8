// Fills `{{NAME}}` placeholders in the parsed manifest template. Substitution happens
// inside string values of the parsed JSON (not on the raw text), so a value can never
// break the JSON structure, and any placeholder left unfilled is an error rather than
// a literal "{{HOST}}" shipped to Teams.
import type { AppSettings } from "./app-settings.ts";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const PLACEHOLDER = /\{\{([A-Z0-9_]+)\}\}/g;

export function createPlaceholderValues(settings: AppSettings): Record<string, string> {
  return {
    APP_ID: settings.appId,
    APP_VERSION: settings.appVersion,
    HOST: settings.host,
    AAD_CLIENT_ID: settings.aadClientId,
  };
}

function fillString(text: string, values: Record<string, string>, path: string): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Unknown placeholder {{${name}}} at ${path}.`);
    return value;
  });
}

function fillValue(value: JsonValue, values: Record<string, string>, path: string): JsonValue {
  if (typeof value === "string") return fillString(value, values, path);
  if (Array.isArray(value)) return value.map((item, index) => fillValue(item, values, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillValue(item, values, `${path}.${key}`)]),
    );
  }
  return value;
}

export function fillTemplate(template: JsonValue, values: Record<string, string>): JsonValue {
  return fillValue(template, values, "$");
}
