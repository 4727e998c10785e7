import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { E2E_KEY } from './e2e/workspace.ts';

// E2E_PORT lets two runs on one machine use different ports.
const PORT = Number(process.env.E2E_PORT ?? 3111);
const baseURL = `http://localhost:${PORT}`;

// Every run gets an empty database. The config is evaluated in the runner and again in each
// worker; workers inherit the runner's environment, so only the runner creates (and removes) it.
function e2eDataDir(): string {
  const inherited = process.env.TRAILMAP_E2E_DATA_DIR;
  if (inherited) return inherited;
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-e2e-'));
  process.env.TRAILMAP_E2E_DATA_DIR = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const dataDir = e2eDataDir();

// Debian's Chromium when present (CI, this machine); Playwright's own browser anywhere else.
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // No retries: an intermittent failure in a sync test may be a lost edit, not noise.
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    // The seed writes fixtures no client could write today (comments from before verified
    // authors) into the empty data folder before the server starts.
    command: 'npm run build && npx tsx e2e/seed/seed.ts && npx tsx server/main.ts',
    url: `${baseURL}/healthz`,
    // Webhooks may reach loopback here: the test's receiver is this very server.
    env: {
      PORT: String(PORT),
      DATA_DIR: dataDir,
      TRAILMAP_KEY: E2E_KEY,
      WEBHOOKS_ALLOW_PRIVATE: '1',
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
