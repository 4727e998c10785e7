import { describe, expect, it } from 'vitest';
import type { Peer } from '../sync/session.ts';
import { activePresenter, formatRemaining } from './presenter.ts';

const peer = (clientId: number, since: number | null): Peer => ({
  clientId,
  name: `P${clientId}`,
  color: '#000000',
  cursor: null,
  selection: null,
  viewport: null,
  presenting: since === null ? null : { since, stage: 1, timerEndsAt: null, timerMinutes: null },
});

describe('activePresenter', () => {
  it('is nobody when nobody presents', () => {
    expect(activePresenter([peer(1, null)], null, 9)).toBeNull();
  });

  it('is me when only I present', () => {
    expect(
      activePresenter(
        [peer(1, null)],
        { since: 5, stage: 0, timerEndsAt: null, timerMinutes: null },
        9,
      )?.kind,
    ).toBe('me');
  });

  it('goes to whoever started last, so another editor can take over', () => {
    const mine = { since: 5, stage: 0, timerEndsAt: null, timerMinutes: null };
    const result = activePresenter([peer(1, 3), peer(2, 7)], mine, 9);
    expect(result?.kind === 'peer' && result.peer.clientId).toBe(2);
    expect(activePresenter([peer(1, 3)], mine, 9)?.kind).toBe('me');
  });

  it('breaks ties the same way on every screen', () => {
    const a = activePresenter([peer(4, 7), peer(2, 7)], null, 9);
    expect(a?.kind === 'peer' && a.peer.clientId).toBe(2);
  });
});

describe('formatRemaining', () => {
  it('shows minutes and seconds, rounding up, never below zero', () => {
    expect(formatRemaining(300_000)).toBe('5:00');
    expect(formatRemaining(4_001)).toBe('0:05');
    expect(formatRemaining(-10)).toBe('0:00');
  });
});
