// The standard MSAL SPA client, in a chunk of its own: a plain browser signs in with it, and a
// Microsoft 365 host without nested app auth falls back to it; Teams never downloads it.
export { createStandardPublicClientApplication } from "@azure/msal-browser";
