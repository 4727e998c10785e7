import { describe, expect, it } from 'vitest';
import type { MapState } from '../doc/index.ts';
import { broken, ctx, find, healthy, run } from './fixtures.ts';
import { healthReport } from './score.ts';

/** A map with nothing in it at all: no purpose, stages, lanes, cards or personas. */
function nothing(): MapState {
  return broken((m) => {
    m.meta.purpose = '';
    m.stages = [];
    m.lanes = [];
    m.cards = [];
    m.personas = [];
    m.kpis = [];
    m.actions = [];
    m.connections = [];
    m.systems = [];
  });
}

describe('purpose', () => {
  it('flags a map whose purpose is empty or only spaces', () => {
    expect(
      run(
        'purpose',
        broken((m) => (m.meta.purpose = '  \n')),
      ),
    ).toEqual([
      {
        checkId: 'purpose',
        severity: 'high',
        message: 'The map has no purpose: say which business question it answers',
      },
    ]);
    expect(run('purpose', healthy())).toEqual([]);
  });
});

describe('stages without cards', () => {
  it('flags each stage that holds no card', () => {
    const map = broken((m) => {
      m.cards = m.cards.filter((c) => c.stageId !== 's2');
      find(m.stages, 's3').name = ' ';
      m.cards = m.cards.filter((c) => c.stageId !== 's3');
    });
    expect(run('stage-empty', map)).toEqual([
      {
        checkId: 'stage-empty',
        severity: 'high',
        message: 'Stage “Purchase” has no cards',
        target: { kind: 'stage', id: 's2' },
      },
      expect.objectContaining({
        message: 'Stage “Untitled stage” has no cards',
        target: { kind: 'stage', id: 's3' },
      }),
    ]);
  });

  it('calls a map without stages critical', () => {
    expect(run('stage-empty', nothing())).toEqual([
      { checkId: 'stage-empty', severity: 'critical', message: 'The map has no stages yet' },
    ]);
  });
});

describe('customer lanes without cards', () => {
  it('flags an empty customer actions or touchpoints lane, not an empty lane of another kind', () => {
    const map = broken((m) => {
      m.lanes.push(
        { id: 'l3', name: 'Doing', kind: 'actions', order: 'a2' },
        { id: 'l4', name: 'Ideas', kind: 'opportunities', order: 'a3' },
      );
    });
    expect(run('customer-lane-empty', map)).toEqual([
      {
        checkId: 'customer-lane-empty',
        severity: 'high',
        message: 'Lane “Doing” has no cards',
        target: { kind: 'lane', id: 'l3' },
      },
    ]);
  });

  it('calls a map without any customer lane critical', () => {
    const map = broken((m) => (m.lanes = m.lanes.filter((l) => l.kind !== 'touchpoints')));
    expect(run('customer-lane-empty', map)).toEqual([
      {
        checkId: 'customer-lane-empty',
        severity: 'critical',
        message: 'The map has no customer actions or touchpoints lane',
      },
    ]);
  });
});

describe('personas without emotion data', () => {
  it('flags a persona no card scores, and not one with a single score', () => {
    const map = broken((m) => {
      m.personas.push({ id: 'ps2', name: 'Gifter', description: '' });
      m.personas.push({ id: 'ps3', name: 'Once', description: '' });
      find(m.cards, 'c3').emotion = { ps3: 2 };
    });
    expect(run('persona-emotion', map)).toEqual([
      {
        checkId: 'persona-emotion',
        severity: 'high',
        message: 'Persona “Gifter” has no emotion scores yet',
        target: { kind: 'persona', id: 'ps2' },
      },
    ]);
  });

  it('calls a map without personas critical', () => {
    expect(
      run(
        'persona-emotion',
        broken((m) => (m.personas = [])),
      ),
    ).toEqual([
      { checkId: 'persona-emotion', severity: 'critical', message: 'The map has no persona' },
    ]);
  });
});

describe('an empty map', () => {
  it('scores low: its completeness checks take their whole weight', () => {
    const report = healthReport(nothing(), ctx);
    // No purpose: high 8. No stages, no customer lane, no persona: critical 20 each, which is
    // each check's cap of 20. Nothing else exists for the other checks to look at.
    expect(report.score).toBe(100 - 8 - 20 - 20 - 20); // 32
    expect(report.findings.map((f) => f.checkId)).toEqual([
      'purpose',
      'stage-empty',
      'customer-lane-empty',
      'persona-emotion',
    ]);
  });
});
