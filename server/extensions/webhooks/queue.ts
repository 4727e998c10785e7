import type { WebhookSettings } from '../../config.ts';
import type { DeliveryRecord, Store, WebhookRecord } from '../../store/store.ts';
import { send, type AttemptResult } from './send.ts';

/*
 * The delivery queue: deliveries wait in the store, a worker takes those due (leased, so two
 * processes never send one twice at once), sends them and records what happened; a failed
 * attempt is retried later, each wait four times the one before, until it is given up. All of
 * it runs off the collaboration path: nothing here is awaited by a room.
 */

// A taken delivery is someone's for this long; if its process dies, it is due again after.
const LEASE_MS = 60_000;
const BATCH = 20;

export class DeliveryQueue {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** Webhooks by id, for their URL and secret (cleared when they change). */
  private readonly hooks = new Map<string, WebhookRecord | null>();

  constructor(
    private readonly store: Store,
    private readonly settings: Required<WebhookSettings>,
    private readonly log: (line: string) => void,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.settings.pollMs);
    this.timer.unref();
  }

  /** Looks for due deliveries now (after an enqueue). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: Error) => this.log(`webhooks: queue failed: ${error.message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** A webhook changed or went: forget what was known of it. */
  forget(hookId: string): void {
    this.hooks.delete(hookId);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const now = Date.now();
      const due = await this.store.webhooks.claimDue(now, now + LEASE_MS, BATCH);
      if (due.length === 0 || this.stopped) return;
      await Promise.all(due.map((delivery) => this.attempt(delivery)));
    }
  }

  private async hook(delivery: DeliveryRecord): Promise<WebhookRecord | null> {
    if (!this.hooks.has(delivery.webhookId)) {
      const hooks = await this.store.webhooks.list(delivery.mapId);
      for (const h of hooks) this.hooks.set(h.id, h);
      if (!this.hooks.has(delivery.webhookId)) this.hooks.set(delivery.webhookId, null);
    }
    return this.hooks.get(delivery.webhookId) ?? null;
  }

  private async attempt(delivery: DeliveryRecord): Promise<void> {
    const hook = await this.hook(delivery);
    if (!hook) return; // deleted meanwhile, its deliveries with it
    const result = await send(
      {
        url: hook.url,
        body: delivery.body,
        secret: hook.secret,
        event: delivery.event,
        deliveryId: delivery.id,
      },
      { timeoutMs: this.settings.timeoutMs, allowInternal: this.settings.allowPrivateAddresses },
    );
    await this.store.webhooks.settle(delivery.id, this.outcome(delivery, result));
  }

  private outcome(delivery: DeliveryRecord, result: AttemptResult) {
    const attempts = delivery.attempts + 1;
    const at = Date.now();
    const status = 'status' in result ? result.status : null;
    if (status !== null && status >= 200 && status < 300)
      return {
        status: 'delivered' as const,
        attempts,
        lastStatus: status,
        lastError: null,
        nextAttemptAt: null,
        at,
      };
    const lastError = 'error' in result ? result.error : `HTTP ${status}`;
    if (attempts >= this.settings.maxAttempts)
      return {
        status: 'failed' as const,
        attempts,
        lastStatus: status,
        lastError,
        nextAttemptAt: null,
        at,
      };
    const wait = this.settings.retryBaseMs * 4 ** (attempts - 1);
    return {
      status: 'pending' as const,
      attempts,
      lastStatus: status,
      lastError,
      nextAttemptAt: at + wait,
      at,
    };
  }
}
