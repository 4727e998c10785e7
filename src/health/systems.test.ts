import { describe, expect, it } from 'vitest';
import { templateMap, type MapState } from '../doc/index.ts';
import { runChecks } from './checks.ts';
import { broken, card, ctx, find, healthy, run } from './fixtures.ts';

/** The healthy map with two system cards in Discover, standing for CRM (y1) and LOS (y2). */
function withSystemCards(change: (map: MapState) => void = () => {}): MapState {
  return broken((m) => {
    m.systems.push({
      id: 'y2',
      name: 'LOS',
      ownerId: 'p1',
      description: '',
      maturity: 3,
      importance: 5,
    });
    m.cards.push(
      card({ id: 'c4', stageId: 's1', kind: 'system', systemId: 'y1' }),
      card({ id: 'c5', stageId: 's3', kind: 'system', systemId: 'y2' }),
    );
    // A touchpoint in Discover relies on LOS too, so both systems serve Discover.
    find(m.cards, 'c1').reliesOn.push('y2');
    change(m);
  });
}

describe('touchpoints on weak systems', () => {
  it('flags a touchpoint relying on a system of maturity 2 or less', () => {
    const map = broken((m) => void (find(m.systems, 'y1').maturity = 2));
    expect(run('weak-system', map)).toEqual([
      {
        checkId: 'weak-system',
        severity: 'medium',
        message: 'Touchpoint “Card c1” in Discover depends on “CRM”, maturity 2 of 5',
        target: { kind: 'card', id: 'c1' },
      },
    ]);
    expect(run('weak-system', healthy())).toEqual([]);
  });

  it('counts a "depends on" line to a system card, and only touchpoints', () => {
    const map = withSystemCards((m) => {
      find(m.systems, 'y2').maturity = 1;
      find(m.cards, 'c1').reliesOn = [];
      m.connections.push(
        { id: 'x2', from: 'c3', to: 'c5', kind: 'depends', label: '', status: null },
        // A pain point relying on the weak system is not a touchpoint's problem.
        { id: 'x3', from: 'c2', to: 'c5', kind: 'depends', label: '', status: null },
      );
    });
    expect(run('weak-system', map).map((f) => f.target)).toEqual([{ kind: 'card', id: 'c3' }]);
  });
});

describe('data flow gaps', () => {
  const flow = (status: MapState['connections'][number]['status']) =>
    withSystemCards((m) =>
      m.connections.push({
        id: 'x9',
        from: 'c5',
        to: 'c4',
        kind: 'data',
        label: 'Active loan status',
        status,
      }),
    );

  it('flags a missing or broken flow between systems that serve the same stage', () => {
    expect(run('data-flow-gap', flow('missing'))).toEqual([
      {
        checkId: 'data-flow-gap',
        severity: 'high',
        message:
          'Data flow (“Active loan status”) from “LOS” to “CRM” is missing; both serve Discover',
        target: { kind: 'connection', id: 'x9' },
      },
    ]);
    expect(run('data-flow-gap', flow('broken'))[0]!.message).toMatch(/is broken; both serve/);
  });

  it('leaves working flows, flows without systems and systems of different stages alone', () => {
    expect(run('data-flow-gap', flow('manual'))).toEqual([]);
    expect(run('data-flow-gap', flow('automated'))).toEqual([]);
    const apart = flow('missing');
    find(apart.cards, 'c1').reliesOn = ['y1'];
    expect(run('data-flow-gap', apart)).toEqual([]);
    const noSystem = flow('missing');
    find(noSystem.cards, 'c4').systemId = null;
    expect(run('data-flow-gap', noSystem)).toEqual([]);
  });
});

describe('systems catalogue', () => {
  it('flags a system without an owner, or with one no longer in the directory', () => {
    const map = withSystemCards((m) => {
      find(m.systems, 'y1').ownerId = null;
      find(m.systems, 'y2').ownerId = 'ghost';
    });
    expect(run('system-owner', map)).toEqual([
      expect.objectContaining({
        severity: 'medium',
        message: 'System “CRM” has no owner',
        target: { kind: 'system', id: 'y1' },
      }),
      expect.objectContaining({ target: { kind: 'system', id: 'y2' } }),
    ]);
  });

  it('flags a system no card relies on; a system card alone is not reliance', () => {
    const map = withSystemCards((m) => void (find(m.cards, 'c1').reliesOn = ['y1']));
    expect(run('system-unused', map)).toEqual([
      {
        checkId: 'system-unused',
        severity: 'low',
        message: 'No card relies on system “LOS”',
        target: { kind: 'system', id: 'y2' },
      },
    ]);
  });
});

describe('the bank refinancing template', () => {
  it('shows the refinancing-offer failure as a high finding, with the weak portal and unused warehouse', () => {
    const findings = runChecks(templateMap('refinancing')!, ctx);
    const about = (id: string) => findings.filter((f) => f.checkId === id).map((f) => f.message);
    expect(about('data-flow-gap')).toEqual([
      'Data flow (“Active loan status”) from “Loan origination system (LOS)” to “Marketing automation (CRM)” is missing; both serve Trigger and Servicing',
    ]);
    expect(about('weak-system')).toEqual([
      'Touchpoint “Document upload portal” in Assessment depends on “Document upload portal”, maturity 2 of 5',
    ]);
    expect(about('system-unused')).toEqual(['No card relies on system “Data warehouse”']);
    expect(about('system-owner')).toEqual([]);
  });
});
