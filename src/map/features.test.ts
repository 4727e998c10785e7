import { describe, expect, it } from 'vitest';
import { LIVE_CANVAS, PAST_CANVAS } from './features.ts';

describe('the canvas registry', () => {
  it('draws votes, open threads, open actions, systems and observed counts on live cards, in that order', () => {
    expect(LIVE_CANVAS.cardDecorations.map((d) => d.id)).toEqual([
      'votes',
      'threads',
      'open-actions',
      'systems',
      'system-focus',
      'observed-count',
    ]);
    expect(LIVE_CANVAS.stageDecorations.map((d) => d.id)).toEqual(['threads', 'observed-stage']);
  });

  it('draws the connections as a selectable layer that editors can draw on, with a legend', () => {
    expect(LIVE_CANVAS.edgeLayers.map((l) => [l.id, l.selectable])).toEqual([
      ['connections', true],
      ['observed', undefined],
    ]);
    expect(LIVE_CANVAS.connector).not.toBeNull();
    expect(LIVE_CANVAS.overlays.map((o) => o.id)).toEqual([
      'connections-legend',
      'observed-bar',
      'restore-notice',
      'overwrites',
      'offline',
    ]);
  });

  it('leaves today’s comment threads off a past version, and keeps its connections', () => {
    expect(PAST_CANVAS.cardDecorations.map((d) => d.id)).toEqual([
      'votes',
      'open-actions',
      'systems',
      'system-focus',
    ]);
    expect(PAST_CANVAS.stageDecorations).toEqual([]);
    // A comparison also draws arrows from where moved cards were.
    expect(PAST_CANVAS.edgeLayers.map((l) => l.id)).toEqual(['connections', 'moves']);
    // A past version announces no restore: that notice is about the live map.
    expect(PAST_CANVAS.overlays.map((o) => o.id)).toEqual(['connections-legend']);
  });
});
