import type { Auth } from './auth/check.ts';
import type { RoomBus } from './bus/bus.ts';
import type { RoomManager } from './collab/roomManager.ts';
import type { ResolvedConfig } from './config.ts';
import type { Conversions } from './conversion/index.ts';
import type { MapEvents } from './events.ts';
import type { Extension } from './extension.ts';
import type { Guards } from './http/auth.ts';
import type { Maps } from './maps.ts';
import type { Metrics } from './metrics.ts';
import type { Store } from './store/store.ts';

/** What every extension is built with: the server's shared services. */
export interface ServerContext {
  config: ResolvedConfig;
  store: Store;
  bus: RoomBus;
  /** Live rooms: change a document as the server, close connections. */
  rooms: RoomManager;
  /** Map-level operations that span the store and the live rooms. */
  maps: Maps;
  /** Import and export conversions, in worker threads. */
  conversions: Conversions;
  /** Credentials → role, through the extensions' `authenticate`. */
  auth: Auth;
  /** HTTP route guards by role. */
  guards: Guards;
  /** What happened on maps, for whoever listens (webhooks). */
  events: MapEvents;
  /** Figures for /metrics. */
  metrics: Metrics;
  log: (line: string) => void;
}

/** Builds an extension for one server. */
export type ExtensionFactory = (context: ServerContext) => Extension;
