import * as Y from 'yjs';
import type { MapDoc } from './ydoc.ts';

/*
 * The workshop document (room `<mapId>.workshop`): shared session state every role may
 * read and only the server writes. `rounds` maps id → vote round; `session.current` is
 * the open round's id or null. Per-card totals appear only once a round is revealed, so
 * nobody can see votes early by reading the sync traffic.
 */

/** A dot-voting round as the workshop document holds it. */
export interface VoteRound {
  id: string;
  title: string;
  /** The cards on the ballot, in the order the facilitator chose (ties rank by it). */
  cardIds: string[];
  /** Votes each participant may place. */
  perPerson: number;
  revealed: boolean;
  closed: boolean;
  createdAt: string;
  /** Distinct participants who have at least one vote in the round. */
  voters: number;
  /** Votes placed in total. */
  cast: number;
  /** cardId → votes; empty until the round is revealed. */
  totals: Record<string, number>;
}

type Entry = Y.Map<unknown>;
const roundsOf = (doc: MapDoc) => doc.getMap<Entry>('rounds');
const sessionOf = (doc: MapDoc) => doc.getMap<unknown>('session');

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;

function toTotals(value: unknown): Record<string, number> {
  const totals: Record<string, number> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return totals;
  for (const [cardId, votes] of Object.entries(value)) totals[cardId] = count(votes);
  return totals;
}

function toRound(id: string, entry: Entry): VoteRound {
  const cardIds = entry.get('cardIds');
  return {
    id,
    title: String(entry.get('title') ?? ''),
    cardIds: Array.isArray(cardIds)
      ? cardIds.filter((x): x is string => typeof x === 'string')
      : [],
    perPerson: count(entry.get('perPerson')),
    revealed: entry.get('revealed') === true,
    closed: entry.get('closed') === true,
    createdAt: String(entry.get('createdAt') ?? ''),
    voters: count(entry.get('voters')),
    cast: count(entry.get('cast')),
    totals: toTotals(entry.get('totals')),
  };
}

/** Every vote round, oldest first. */
export function readRounds(doc: MapDoc): VoteRound[] {
  const rounds = [...roundsOf(doc).entries()].map(([id, entry]) => toRound(id, entry));
  return rounds.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** One round by id, or null. */
export function readRound(doc: MapDoc, id: string): VoteRound | null {
  const entry = roundsOf(doc).get(id);
  return entry instanceof Y.Map ? toRound(id, entry) : null;
}

/** The round the session is on (open for voting or showing results), or null. */
export function readCurrentRound(doc: MapDoc): VoteRound | null {
  const current = sessionOf(doc).get('current');
  return typeof current === 'string' ? readRound(doc, current) : null;
}

// Values are replaced whole (only the server writes), so JSON equality tells unchanged ones.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Server side: makes the document's copy of `round` equal to it, writing only the fields
 * that differ, in one transaction. Never call this from a client (its update is dropped).
 */
export function writeRound(doc: MapDoc, round: VoteRound): void {
  doc.transact(() => {
    const rounds = roundsOf(doc);
    let entry = rounds.get(round.id);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      rounds.set(round.id, entry);
    }
    for (const [key, value] of Object.entries(round)) {
      if (!same(entry.get(key), value)) entry.set(key, value);
    }
  });
}

/** Server side: sets which round the session is on (null for none). */
export function setCurrentRound(doc: MapDoc, id: string | null): void {
  const session = sessionOf(doc);
  if ((session.get('current') ?? null) !== id) session.set('current', id);
}

/** Calls `fn` after any change to the workshop document; returns the unsubscribe. */
export function observeWorkshop(doc: MapDoc, fn: () => void): () => void {
  const onUpdate = () => fn();
  doc.on('update', onUpdate);
  return () => doc.off('update', onUpdate);
}
