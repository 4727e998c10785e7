import { describe, expect, it } from 'vitest';
import { useResources } from '../../test/helpers.ts';
import { startReceiver } from '../../test/receiver.ts';
import { isInternalAddress } from './addresses.ts';
import { send } from './send.ts';

/* The sender checks the address it connects to, whatever the URL looked like when registered. */

const res = useResources();

const attempt = (url: string) => ({ url, body: '{}', secret: 's', event: 'e', deliveryId: 'd' });

describe('webhook sender', () => {
  it('refuses to connect to an internal address, by literal or by name (rebinding)', async () => {
    const receiver = await startReceiver(res);
    const port = new URL(receiver.url).port;
    const options = { timeoutMs: 1000, allowInternal: false };
    for (const url of [`http://127.0.0.1:${port}/x`, `http://localhost:${port}/x`]) {
      expect(await send(attempt(url), options)).toEqual({
        error: expect.stringMatching(/^Refused/),
      });
    }
    expect(receiver.received).toEqual([]);
    expect(await send(attempt(`${receiver.url}/x`), { ...options, allowInternal: true })).toEqual({
      status: 200,
    });
  });

  it('classifies addresses', () => {
    for (const internal of [
      '127.0.0.1',
      '10.0.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd12::1',
      '::ffff:10.0.0.1',
      'ff02::1',
      '224.0.0.1',
      'nonsense',
    ])
      expect([internal, isInternalAddress(internal)]).toEqual([internal, true]);
    for (const external of [
      '93.184.216.34',
      '8.8.8.8',
      '172.32.0.1',
      '2606:4700::1111',
      '::ffff:8.8.8.8',
    ])
      expect([external, isInternalAddress(external)]).toEqual([external, false]);
  });
});
