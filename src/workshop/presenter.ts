import type { Peer, Presenting } from '../sync/session.ts';

export type ActivePresenter =
  | { kind: 'me'; presenting: Presenting }
  | { kind: 'peer'; peer: Peer & { presenting: Presenting } }
  | null;

/**
 * Who presents now: one presenter at a time, and whoever started last has taken
 * over (ties go to the lower client id, so every screen agrees).
 */
export function activePresenter(
  peers: readonly Peer[],
  mine: Presenting | null,
  myClientId: number,
): ActivePresenter {
  let best: ActivePresenter = mine ? { kind: 'me', presenting: mine } : null;
  let bestKey: [number, number] | null = mine ? [mine.since, myClientId] : null;
  for (const peer of peers) {
    if (!peer.presenting) continue;
    const key: [number, number] = [peer.presenting.since, peer.clientId];
    if (!bestKey || key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
      best = { kind: 'peer', peer: peer as Peer & { presenting: Presenting } };
      bestKey = key;
    }
  }
  return best;
}

/** "4:05" for a number of milliseconds left (never negative). */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
