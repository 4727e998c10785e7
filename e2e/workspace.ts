/** The workspace key the e2e server runs with (set as TRAILMAP_KEY in playwright.config.ts). */
export const E2E_KEY = 'e2e-workspace-key-0123456789abcdef';
