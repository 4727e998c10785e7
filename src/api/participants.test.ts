import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createParticipantHandle, storedParticipant } from './participants.ts';

/*
 * The participant handle against a scripted server: each test says what the server answers,
 * and checks what the browser sent and kept.
 */

interface Call {
  method: string;
  path: string;
  participant: string | null;
  authorization: string | null;
  body: unknown;
}

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const joined = (id: string, name: string, token: string) => ({
  participant: { id, name, color: '#2563eb' },
  token,
});

let calls: Call[];
let answer: (call: Call) => { status: number; body?: unknown } | 'offline';

beforeEach(() => {
  calls = [];
  vi.stubGlobal('localStorage', memoryStorage());
  localStorage.setItem('trailmap:token:map-1', 'link-token');
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    const call: Call = {
      method: init.method ?? 'GET',
      path,
      participant: headers.get('X-Trailmap-Participant'),
      authorization: headers.get('Authorization'),
      body: init.body ? JSON.parse(String(init.body)) : null,
    };
    calls.push(call);
    const result = answer(call);
    if (result === 'offline') throw new TypeError('Failed to fetch');
    return new Response(result.body === undefined ? null : JSON.stringify(result.body), {
      status: result.status,
    });
  });
});
afterEach(() => vi.unstubAllGlobals());

const profile = { name: 'Carl', color: '#2563eb' };

describe('the participant handle', () => {
  it('joins with the map’s credential when it has no token, and stores the one it gets', async () => {
    answer = () => ({ status: 201, body: joined('p1', 'Carl', 'tok-1') });
    const handle = createParticipantHandle('map-1', profile);
    expect(handle.current()).toBeNull();
    await handle.ensure();
    expect(calls).toEqual([
      {
        method: 'POST',
        path: '/api/maps/map-1/participants',
        participant: null,
        authorization: 'Bearer link-token',
        body: profile,
      },
    ]);
    expect(handle.current()).toEqual(joined('p1', 'Carl', 'tok-1'));
    expect(storedParticipant('map-1')).toEqual(joined('p1', 'Carl', 'tok-1'));
  });

  it('checks a stored token by renaming with it, and keeps it when nothing changed', async () => {
    localStorage.setItem(
      'trailmap:participant:map-1',
      JSON.stringify(joined('p1', 'Carl', 'tok-1')),
    );
    answer = () => ({ status: 200, body: joined('p1', 'Carl', 'tok-2') });
    const handle = createParticipantHandle('map-1', profile);
    const seen = vi.fn();
    handle.subscribe(seen);
    await handle.ensure();
    expect(calls.map((c) => [c.method, c.path, c.participant])).toEqual([
      ['PUT', '/api/maps/map-1/participants/me', 'tok-1'],
    ]);
    expect(handle.current()?.token).toBe('tok-1');
    expect(seen).not.toHaveBeenCalled();
  });

  it('joins again when the stored token is refused', async () => {
    localStorage.setItem(
      'trailmap:participant:map-1',
      JSON.stringify(joined('p1', 'Carl', 'from-another-link')),
    );
    answer = (c) =>
      c.method === 'PUT'
        ? { status: 401, body: { error: 'Invalid participant token: join the map again' } }
        : { status: 201, body: joined('p2', 'Carl', 'tok-2') };
    const handle = createParticipantHandle('map-1', profile);
    await handle.ensure();
    expect(calls.map((c) => c.method)).toEqual(['PUT', 'POST']);
    expect(handle.current()).toEqual(joined('p2', 'Carl', 'tok-2'));
  });

  it('offline, keeps the stored participant and rejects', async () => {
    localStorage.setItem(
      'trailmap:participant:map-1',
      JSON.stringify(joined('p1', 'Carl', 'tok-1')),
    );
    answer = () => 'offline';
    const handle = createParticipantHandle('map-1', profile);
    await expect(handle.ensure()).rejects.toThrow(TypeError);
    expect(handle.current()).toEqual(joined('p1', 'Carl', 'tok-1'));
  });

  it('renames through the server, which returns a new token for the same participant', async () => {
    answer = (c) =>
      c.method === 'POST'
        ? { status: 201, body: joined('p1', 'Carl', 'tok-1') }
        : { status: 200, body: joined('p1', 'Carl Jones', 'tok-2') };
    const handle = createParticipantHandle('map-1', profile);
    await handle.ensure();
    await handle.rename({ name: 'Carl Jones', color: '#2563eb' });
    expect(calls.at(-1)).toMatchObject({
      method: 'PUT',
      participant: 'tok-1',
      body: { name: 'Carl Jones', color: '#2563eb' },
    });
    expect(handle.current()).toEqual(joined('p1', 'Carl Jones', 'tok-2'));
  });

  it('sends requests with the participant header, joining first, and again once on a 401', async () => {
    let threadsCalls = 0;
    answer = (c) => {
      if (c.path.endsWith('/participants'))
        return { status: 201, body: joined(`p${calls.length}`, 'Carl', `tok-${calls.length}`) };
      threadsCalls += 1;
      return threadsCalls === 1
        ? { status: 401, body: { error: 'Invalid participant token: join the map again' } }
        : { status: 201, body: { threadId: 't', messageId: 't-0' } };
    };
    const handle = createParticipantHandle('map-1', profile);
    const result = await handle.request('/threads', { method: 'POST', body: '{}' });
    expect(result).toEqual({ threadId: 't', messageId: 't-0' });
    expect(calls.map((c) => [c.method, c.path, c.participant])).toEqual([
      ['POST', '/api/maps/map-1/participants', null],
      ['POST', '/api/maps/map-1/threads', 'tok-1'],
      ['POST', '/api/maps/map-1/participants', null],
      ['POST', '/api/maps/map-1/threads', 'tok-3'],
    ]);
  });

  it('passes a refusal other than 401 on, with the server’s message', async () => {
    localStorage.setItem(
      'trailmap:participant:map-1',
      JSON.stringify(joined('p1', 'Carl', 'tok-1')),
    );
    answer = () => ({ status: 403, body: { error: 'Only its author may change a message' } });
    const handle = createParticipantHandle('map-1', profile);
    await expect(handle.request('/threads/t/messages/m', { method: 'DELETE' })).rejects.toThrow(
      'Only its author may change a message',
    );
    expect(calls).toHaveLength(1);
  });
});
