import { deflateSync } from 'node:zlib';
import { nanoid } from 'nanoid';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ordersAfter } from '../../../src/doc/order.ts';
import {
  TEMPLATES,
  createMapDoc,
  deleteCard,
  readMap,
  setCardDescription,
  setEmotion,
  templateMap,
  updateCard,
  writeMap,
  type MapDoc,
  type MapState,
} from '../../../src/doc/index.ts';

/*
 * What one stored version costs: the bytes of Y.encodeStateAsUpdate, and those bytes
 * deflated as the SQLite versions table keeps them. Logged, not asserted: a measurement.
 */

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** "20.4 KiB (stored 5.1 KiB)": raw state, then as the versions table stores it. */
const cost = (state: Uint8Array) =>
  `${kib(state.length)} (stored ${kib(deflateSync(state).length)})`;

/** The template `base` with its cards multiplied to `count` (ids, titles, descriptions, scores). */
function bigMap(base: string, count: number): MapState {
  const map = templateMap(base)!;
  const orders = ordersAfter(null, count);
  const cards = Array.from({ length: count }, (_, i) => {
    const model = map.cards[i % map.cards.length]!;
    return {
      ...model,
      id: nanoid(10),
      order: orders[i]!,
      title: `${model.title} (${i})`,
      description: `Observed in interviews, round ${i % 7}. ${model.description}`,
    };
  });
  return { ...map, cards };
}

/** Some of the churn a real history leaves: retitled, re-described and deleted cards. */
function churn(doc: MapDoc): void {
  const { cards, personas } = readMap(doc);
  cards.slice(0, 300).forEach((card, i) => {
    updateCard(doc, card.id, { title: `${card.title} (revised)`, channel: 'web' });
    setCardDescription(doc, card.id, `${card.description} Checked again.`);
    if (personas[0]) setEmotion(doc, card.id, personas[0].id, (i % 5) - 2);
    if (i % 10 === 9) deleteCard(doc, card.id);
  });
}

describe('version size', () => {
  it('measures one version of the largest template and of a 2,000-card map', () => {
    const sizes = TEMPLATES.map(({ id }) => {
      const doc = createMapDoc();
      writeMap(doc, templateMap(id)!);
      const state = Y.encodeStateAsUpdate(doc);
      const cards = readMap(doc).cards.length;
      doc.destroy();
      return { id, cards, state, bytes: state.length };
    }).sort((a, b) => b.bytes - a.bytes);
    const largest = sizes[0]!;
    console.log(
      `one version of each template: ${sizes.map((s) => `${s.id} ${s.cards} cards ${cost(s.state)}`).join('; ')}`,
    );

    const doc = createMapDoc();
    writeMap(doc, bigMap(largest.id, 2000));
    const written = Y.encodeStateAsUpdate(doc);
    churn(doc);
    const edited = Y.encodeStateAsUpdate(doc);
    const cards = readMap(doc).cards.length;
    console.log(
      `2,000-card map: ${cost(written)} as written, ${Math.round(written.length / 2000)} bytes ` +
        `a card; ${cost(edited)} after editing 300 cards and deleting 30 (${cards} cards)`,
    );
    expect(cards).toBe(2000 - 30);
    expect(largest.bytes).toBeGreaterThan(0);
    doc.destroy();
  });
});
