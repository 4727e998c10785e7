import { describe, expect, it } from 'vitest';
import { createMapDoc } from './ydoc.ts';
import { addPhase, deletePhase, readPhases, renamePhase, setPhaseRange } from './phases.ts';
import { createUndoHistory } from './undo.ts';
import type { StageData } from './schema.ts';

const stage = (id: string): StageData => ({ id, name: id, order: id, goal: '', ownerId: null });
const stages = ['a', 'b', 'c', 'd', 'e'].map(stage);

describe('phases', () => {
  it('are added over a range of stages, read in stage order, renamed and deleted', () => {
    const doc = createMapDoc();
    const later = addPhase(doc, stages, { name: ' Use ', fromStageId: 'e', toStageId: 'd' });
    const buy = addPhase(doc, stages, { name: 'Buy', fromStageId: 'a', toStageId: 'c' });
    expect(readPhases(doc, stages).map((p) => [p.name, p.from, p.to])).toEqual([
      ['Buy', 0, 2],
      ['Use', 3, 4],
    ]);
    renamePhase(doc, buy, 'Choose');
    setPhaseRange(doc, stages, buy, 'a', 'b');
    expect(readPhases(doc, stages)[0]).toMatchObject({ name: 'Choose', from: 0, to: 1 });
    deletePhase(doc, later);
    expect(readPhases(doc, stages).map((p) => p.id)).toEqual([buy]);
  });

  it('refuses overlaps, unknown stages and blank names, changing nothing', () => {
    const doc = createMapDoc();
    const buy = addPhase(doc, stages, { name: 'Buy', fromStageId: 'a', toStageId: 'b' });
    const before = JSON.stringify(doc.getMap('phases').toJSON());
    expect(() => addPhase(doc, stages, { name: 'X', fromStageId: 'b', toStageId: 'c' })).toThrow(
      /already in the phase "Buy"/,
    );
    expect(() => addPhase(doc, stages, { name: 'X', fromStageId: 'z', toStageId: 'c' })).toThrow(
      /stages of this map/,
    );
    expect(() => renamePhase(doc, buy, '   ')).toThrow(/needs a name/);
    expect(() => renamePhase(doc, buy, 'x'.repeat(81))).toThrow(/at most 80/);
    expect(JSON.stringify(doc.getMap('phases').toJSON())).toBe(before);
  });

  it('leave out a phase whose stages are gone; undo takes a new phase back', () => {
    const doc = createMapDoc();
    const undo = createUndoHistory(doc);
    addPhase(doc, stages, { name: 'Buy', fromStageId: 'a', toStageId: 'c' });
    expect(readPhases(doc, stages.slice(1))).toEqual([]);
    undo.undo();
    expect(readPhases(doc, stages)).toEqual([]);
    undo.destroy();
  });
});
