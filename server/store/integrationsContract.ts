import { expect, it } from 'vitest';
import type { DeliveryRecord, Store, TokenRecord, WebhookRecord } from './store.ts';

/*
 * The part of the store contract about integration tokens, webhooks and their deliveries;
 * `describeStore` runs it on every backend. `fresh` opens a store that has map m1.
 */

const token = (id: string, mapId: string | null, at: number): TokenRecord => ({
  id,
  mapId,
  name: `Pipeline ${id}`,
  scope: 'kpis',
  tokenHash: `hash-${id}`,
  createdAt: at,
  lastUsedAt: null,
});

const hook = (id: string, mapId: string, at: number): WebhookRecord => ({
  id,
  mapId,
  url: 'https://hooks.example.com/x',
  events: ['action.created', 'kpi.off_target'],
  secret: 'shh',
  createdAt: at,
});

const delivery = (id: string, webhookId: string, due: number, dedupeKey: string | null = null) =>
  ({
    id,
    webhookId,
    mapId: 'm1',
    event: 'action.created',
    body: `{"n":"${id}"}`,
    dedupeKey,
    status: 'pending',
    attempts: 0,
    lastStatus: null,
    lastError: null,
    nextAttemptAt: due,
    createdAt: due,
    updatedAt: due,
  }) satisfies DeliveryRecord;

/** Adds the integration tests to the surrounding `describe`. */
export function integrationsContract(fresh: () => Promise<Store>): void {
  it('keeps integration tokens by hash, per map and for the workspace, and revokes them', async () => {
    const store = await fresh();
    await store.tokens.create(token('t1', 'm1', 10));
    await store.tokens.create(token('t2', null, 11));
    await store.tokens.create(token('t3', 'm1', 12));
    expect((await store.tokens.list('m1')).map((t) => t.id)).toEqual(['t1', 't3']);
    expect((await store.tokens.list(null)).map((t) => t.id)).toEqual(['t2']);
    expect(await store.tokens.find('hash-t2')).toEqual(token('t2', null, 11));
    expect(await store.tokens.find('nope')).toBeNull();
    await store.tokens.touch('t1', 99);
    expect((await store.tokens.find('hash-t1'))?.lastUsedAt).toBe(99);
    // A map's revocation does not reach the workspace's tokens, nor the other way round.
    expect(await store.tokens.revoke('m1', 't2')).toBe(false);
    expect(await store.tokens.revoke(null, 't1')).toBe(false);
    expect(await store.tokens.revoke('m1', 't1')).toBe(true);
    expect(await store.tokens.revoke('m1', 't1')).toBe(false);
    expect(await store.tokens.find('hash-t1')).toBeNull();
    expect(await store.tokens.revoke(null, 't2')).toBe(true);
    expect(await store.tokens.list(null)).toEqual([]);
    await store.close();
  });

  it('stores webhooks per map and finds them by event', async () => {
    const store = await fresh();
    await store.webhooks.create(hook('w1', 'm1', 10));
    await store.webhooks.create({ ...hook('w2', 'm1', 11), events: ['version.saved'] });
    expect(await store.webhooks.list('m1')).toEqual([
      hook('w1', 'm1', 10),
      { ...hook('w2', 'm1', 11), events: ['version.saved'] },
    ]);
    expect((await store.webhooks.subscribed('version.saved')).map((h) => h.id)).toEqual(['w2']);
    expect(await store.webhooks.delete('m1', 'w9')).toBe(false);
    expect(await store.webhooks.delete('m1', 'w2')).toBe(true);
    expect((await store.webhooks.list('m1')).map((h) => h.id)).toEqual(['w1']);
    await store.close();
  });

  it('queues deliveries once per dedupe key, leases due ones, and records attempts', async () => {
    const store = await fresh();
    await store.webhooks.create(hook('w1', 'm1', 10));
    expect(await store.webhooks.enqueue(delivery('d1', 'w1', 100))).toBe(true);
    expect(await store.webhooks.enqueue(delivery('d2', 'w1', 200, 'overdue:a1'))).toBe(true);
    expect(await store.webhooks.enqueue(delivery('d3', 'w1', 300, 'overdue:a1'))).toBe(false);
    expect(await store.webhooks.enqueue(delivery('d4', 'w1', 900))).toBe(true);
    const claimed = await store.webhooks.claimDue(250, 5000, 10);
    expect(claimed.map((d) => [d.id, d.nextAttemptAt])).toEqual([
      ['d1', 5000],
      ['d2', 5000],
    ]);
    // Leased: not due again until the lease ends.
    expect(await store.webhooks.claimDue(260, 6000, 10)).toEqual([]);
    await store.webhooks.settle('d1', {
      status: 'delivered',
      attempts: 1,
      lastStatus: 200,
      lastError: null,
      nextAttemptAt: null,
      at: 270,
    });
    await store.webhooks.settle('d2', {
      status: 'pending',
      attempts: 1,
      lastStatus: 500,
      lastError: 'HTTP 500',
      nextAttemptAt: 400,
      at: 270,
    });
    expect((await store.webhooks.claimDue(1000, 7000, 10)).map((d) => d.id)).toEqual(['d2', 'd4']);
    const listed = await store.webhooks.deliveries('m1', 10);
    expect(listed.map((d) => d.id)).toEqual(['d4', 'd2', 'd1']);
    expect(listed[2]).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 200 });
    expect(listed[1]).toMatchObject({
      status: 'pending',
      lastError: 'HTTP 500',
      body: '{"n":"d2"}',
    });
    // Deleting the webhook takes its deliveries with it.
    await store.webhooks.delete('m1', 'w1');
    expect(await store.webhooks.deliveries('m1', 10)).toEqual([]);
    await store.close();
  });

  it('deletes a map with its tokens, webhooks and deliveries', async () => {
    const store = await fresh();
    await store.tokens.create(token('t1', 'm1', 10));
    await store.tokens.create(token('t2', null, 10));
    await store.webhooks.create(hook('w1', 'm1', 10));
    await store.webhooks.enqueue(delivery('d1', 'w1', 100));
    expect(await store.maps.delete('m1', ['m1'])).toBe(true);
    expect(await store.tokens.find('hash-t1')).toBeNull();
    expect(await store.tokens.find('hash-t2')).not.toBeNull();
    expect(await store.webhooks.list('m1')).toEqual([]);
    expect(await store.webhooks.claimDue(1000, 2000, 10)).toEqual([]);
    await store.close();
  });
}
