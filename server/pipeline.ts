import type { Hono } from 'hono';
import type { Grant, LiveRoom, Origin, Participant, Peer } from './collab/peer.ts';
import type { AuthAnswer, AuthRequest, Extension, IdentifyRequest } from './extension.ts';
import type { AuthEnv } from './http/auth.ts';
import type { RoomName } from './ids.ts';
import type { MapRecord, RoomData } from './store/store.ts';

/* Runs the extensions' hooks in order, with the failure rules documented in extension.ts. */

/** A hook failed; `extension` names whose. */
export class HookError extends Error {
  constructor(
    readonly extension: string,
    readonly hook: string,
    readonly cause: unknown,
  ) {
    super(`${extension}.${hook}: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

type HookName = Exclude<keyof Extension, 'name'>;

/** The extensions of one server, composed. */
export class Pipeline {
  private readonly extensions: Extension[] = [];
  // Per hook, the extensions that have it: the message path loops over few or none.
  private readonly byHook = new Map<HookName, Extension[]>();

  constructor(private readonly log: (line: string) => void) {}

  /** Adds extensions after those already there. */
  use(...extensions: Extension[]): void {
    this.extensions.push(...extensions);
    this.byHook.clear();
  }

  /** The extensions in order, for listing. */
  names(): string[] {
    return this.extensions.map((e) => e.name);
  }

  async authenticate(request: AuthRequest): Promise<AuthAnswer | undefined> {
    for (const ext of this.with('authenticate')) {
      const answer = await this.call(ext, 'authenticate', () => ext.authenticate!(request));
      if (answer) return answer;
    }
    return undefined;
  }

  async identify(request: IdentifyRequest): Promise<Participant | null> {
    for (const ext of this.with('identify')) {
      const answer = await this.call(ext, 'identify', () => ext.identify!(request));
      if (answer !== undefined) return answer;
    }
    return null;
  }

  canWrite(room: RoomName, grant: Grant): boolean {
    let allowed = true;
    for (const ext of this.with('canWrite')) {
      if (this.callSync(ext, 'canWrite', () => ext.canWrite!(room, grant)) === false)
        allowed = false;
    }
    return allowed;
  }

  async loadRoom(room: RoomName): Promise<RoomData | null> {
    for (const ext of this.with('loadRoom')) {
      const data = await this.call(ext, 'loadRoom', () => ext.loadRoom!(room));
      if (data) return data;
    }
    return null;
  }

  onConnect(room: LiveRoom, peer: Peer): void {
    for (const ext of this.with('onConnect'))
      this.callSync(ext, 'onConnect', () => ext.onConnect!(room, peer));
  }

  /** Throws what the hook threw (UpdateRejected passes through unwrapped). */
  beforeApply(room: LiveRoom, peer: Peer, update: Uint8Array): void {
    for (const ext of this.with('beforeApply')) ext.beforeApply!(room, peer, update);
  }

  get hasBeforeApply(): boolean {
    return this.with('beforeApply').length > 0;
  }

  async storeUpdates(room: LiveRoom, updates: readonly Uint8Array[]): Promise<void> {
    for (const ext of this.with('storeUpdates'))
      await this.call(ext, 'storeUpdates', () => ext.storeUpdates!(room, updates));
  }

  // In the path of every update: no closure per call.
  onChange(room: LiveRoom, update: Uint8Array, origin: Origin): void {
    for (const ext of this.with('onChange')) {
      try {
        ext.onChange!(room, update, origin);
      } catch (error) {
        this.report(ext, 'onChange', error);
      }
    }
  }

  onDisconnect(room: LiveRoom, peer: Peer): void {
    for (const ext of this.with('onDisconnect'))
      this.logged(ext, 'onDisconnect', () => ext.onDisconnect!(room, peer));
  }

  async beforeUnload(room: LiveRoom): Promise<void> {
    for (const ext of this.with('beforeUnload'))
      await this.logged(ext, 'beforeUnload', () => ext.beforeUnload!(room));
  }

  afterUnload(room: LiveRoom): void {
    for (const ext of this.with('afterUnload'))
      this.logged(ext, 'afterUnload', () => ext.afterUnload!(room));
  }

  async resync(room: LiveRoom): Promise<void> {
    for (const ext of this.with('resync'))
      await this.logged(ext, 'resync', () => ext.resync!(room));
  }

  describe(room: LiveRoom): Record<string, number> {
    const figures: Record<string, number> = {};
    for (const ext of this.with('describe'))
      Object.assign(
        figures,
        this.logged(ext, 'describe', () => ext.describe!(room)),
      );
    return figures;
  }

  /** Throws what the hook threw, unwrapped: an HTTPException is the answer to the request. */
  beforeCreate(state: Uint8Array): void {
    for (const ext of this.with('beforeCreate')) ext.beforeCreate!(state);
  }

  async mapCreated(map: MapRecord, state: Uint8Array): Promise<void> {
    for (const ext of this.with('mapCreated'))
      await this.logged(ext, 'mapCreated', () => ext.mapCreated!(map, state));
  }

  /** Whether an extension streams this request's body under its own limit. */
  ownsBody(method: string, path: string): boolean {
    return this.with('ownsBody').some((ext) => ext.ownsBody!(method, path) === true);
  }

  routes(api: Hono<AuthEnv>): void {
    for (const ext of this.with('routes')) ext.routes!(api);
  }

  async close(): Promise<void> {
    for (const ext of this.with('close')) await this.logged(ext, 'close', () => ext.close!());
  }

  private with(hook: HookName): Extension[] {
    let list = this.byHook.get(hook);
    if (!list) {
      list = this.extensions.filter((ext) => typeof ext[hook] === 'function');
      this.byHook.set(hook, list);
    }
    return list;
  }

  private async call<T>(ext: Extension, hook: string, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw new HookError(ext.name, hook, error);
    }
  }

  private callSync<T>(ext: Extension, hook: string, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw new HookError(ext.name, hook, error);
    }
  }

  private report(ext: Extension, hook: string, error: unknown): void {
    this.log(`extension ${ext.name}: ${hook} failed: ${(error as Error)?.stack ?? String(error)}`);
  }

  // For hooks whose failure must not stop anything: reported, then forgotten.
  private logged<T>(ext: Extension, hook: string, fn: () => T): T | undefined {
    const report = (error: unknown) => this.report(ext, hook, error);
    try {
      const result = fn();
      if (result instanceof Promise) return result.catch(report) as T;
      return result;
    } catch (error) {
      report(error);
      return undefined;
    }
  }
}
