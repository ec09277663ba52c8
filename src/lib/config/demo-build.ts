// NOTE: keep this a literal comparison on `import.meta.env.VITE_DEMO`. Vite replaces the
// expression with a constant at build time, so in a production build without VITE_DEMO the
// condition folds to `false` and the minifier drops every `if (isDemoBuild)` branch.
// For a dynamic import() of demo-only code, repeat the literal comparison in the importing
// module instead of using this export: Rolldown decides which chunks to emit before it
// propagates constants across modules, so `if (isDemoBuild) await import("./demo.ts")` leaves an
// unreferenced demo chunk in dist/ (checked with Vite 8.3; see auth/create-auth.ts).
export const isDemoBuild: boolean = import.meta.env.VITE_DEMO === "true";
