// Types the variables Meetloop reads from Vite's env so `import.meta.env.VITE_*` is not `any`.
// Documented in .env.example; parsed (and validated) only in read-config.ts.
interface ImportMetaEnv {
  readonly VITE_DEMO?: string;
  readonly VITE_GRAPH_BASE_URL?: string;
  readonly VITE_AAD_CLIENT_ID?: string;
  readonly VITE_AAD_AUTHORITY?: string;
  readonly VITE_TEAMS_APP_ID?: string;
  readonly VITE_CLOUD?: string;
}
