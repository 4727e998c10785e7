import { describe, expect, it, vi } from 'vitest';
import { connectionReason, needsConnection, OFFLINE_REASON } from './needsConnection.ts';

describe('actions that need the server', () => {
  it('are unavailable offline or reconnecting, with a reason, and available otherwise', () => {
    expect(connectionReason('offline')).toBe('Needs a connection — you are offline');
    expect(connectionReason('reconnecting')).toBe(
      'Needs a connection — reconnecting to the server',
    );
    expect(connectionReason('connected')).toBeNull();
    expect(connectionReason('connecting')).toBeNull();
  });

  it('disabled: marked so, the reason as description and tooltip, a click does nothing', () => {
    const act = vi.fn();
    const props = needsConnection(OFFLINE_REASON, act, 'Share this map');
    expect(props['aria-disabled']).toBe(true);
    expect(props['aria-description']).toBe(OFFLINE_REASON);
    expect(props.title).toBe(OFFLINE_REASON);
    const event = { preventDefault: vi.fn() };
    props.onClick(event);
    expect(act).not.toHaveBeenCalled();
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('enabled: the click acts and no reason is given', () => {
    const act = vi.fn();
    const props = needsConnection(null, act);
    expect(props).toEqual({ onClick: act });
    props.onClick({ preventDefault: () => {} });
    expect(act).toHaveBeenCalledOnce();
  });
});
