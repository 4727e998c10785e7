import { randomUUID } from 'node:crypto';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { HomePage } from './pages/HomePage.ts';
import { MapPage } from './pages/MapPage.ts';
import { E2E_KEY } from './workspace.ts';

/** One collaborator: a browser context of their own, one page, and page objects over it. */
export class Actor {
  readonly home: HomePage;
  readonly map: MapPage;

  constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    this.home = new HomePage(page);
    this.map = new MapPage(page);
  }

  /** Opens the map another actor is on, by its URL, and waits for the connection. */
  async join(other: Actor): Promise<void> {
    await this.map.goto(other.map.id);
  }
}

interface Actors {
  /**
   * Starts another workspace member in a fresh context; closed when the test ends. Their browser
   * has already been asked for a display name unless `askName` (the first-visit prompt's test).
   */
  newActor: (name: string, options?: { askName?: boolean }) => Promise<Actor>;
  /** Starts a guest with no workspace key, in a fresh context (they join through share links). */
  newGuest: (name: string) => Promise<Actor>;
  alice: Actor;
  bob: Actor;
}

export const test = base.extend<Actors>({
  // A separate context per actor: two pages in one context share storage and may sync through
  // BroadcastChannel without ever touching the server, which would hide sync bugs.
  newActor: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (name, options) => {
      const context = await browser.newContext();
      contexts.push(context);
      // Members are signed in, as after opening the server's sign-in link.
      await context.addInitScript((key) => localStorage.setItem('trailmap:key', key), E2E_KEY);
      if (!options?.askName)
        await context.addInitScript(() => localStorage.setItem('trailmap:name-asked', '1'));
      return new Actor(name, context, await context.newPage());
    });
    for (const context of contexts) await context.close();
  },
  newGuest: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (name) => {
      const context = await browser.newContext();
      contexts.push(context);
      return new Actor(name, context, await context.newPage());
    });
    for (const context of contexts) await context.close();
  },
  alice: async ({ newActor }, use) => use(await newActor('alice')),
  bob: async ({ newActor }, use) => use(await newActor('bob')),
});

/** A map title no other test (or repeat of this one) uses, so links by title stay unambiguous. */
export function uniqueTitle(base: string): string {
  return `${base} ${randomUUID().slice(0, 6)}`;
}

export { expect } from '@playwright/test';
