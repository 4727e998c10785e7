import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  deleteCard,
  moveCard,
  setCardDescription,
  setEmotion,
  updateCard,
} from './cards.ts';
import {
  addConnection,
  deleteConnection,
  reverseConnection,
  updateConnection,
} from './connections.ts';
import { writeMap } from './exchange.ts';
import { invariantViolations } from './invariants.ts';
import { addKpi, deleteKpi, linkCardKpi, setKpiCurrent, updateKpi } from './kpis.ts';
import { addPersona, deletePersona, updatePersona } from './meta.ts';
import { addPerson, deletePerson, updatePerson } from './people.ts';
import { readMap } from './read.ts';
import {
  addLane,
  addStage,
  deleteLane,
  deleteStage,
  moveLane,
  moveStage,
  updateLane,
  updateStage,
} from './structure.ts';
import { CONNECTION_KINDS, FLOW_STATUSES } from './schema.ts';
import {
  addSystem,
  deleteSystem,
  setCardReliesOn,
  setCardSystem,
  updateSystem,
} from './systems.ts';
import { templateMap } from './templates/index.ts';

/*
 * Convergence fuzz: several replicas edit at random and exchange updates in a
 * seeded random order, with links dropping (in-flight messages lost) and coming
 * back (state-vector sync, as a reconnecting provider does). At the end every
 * replica must hold the same map, and the map must satisfy the invariants.
 */

let idCounter = 0;
vi.mock('./ids.ts', () => ({ newId: () => `id${(idCounter++).toString(36)}` }));

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REMOTE = 'remote';

class Network {
  readonly docs: Y.Doc[];
  private queues: Uint8Array[][][];
  private connected: boolean[][];

  constructor(count: number) {
    this.docs = Array.from({ length: count }, (_, i) => {
      const doc = new Y.Doc();
      doc.clientID = i + 1;
      return doc;
    });
    this.queues = this.docs.map(() => this.docs.map(() => []));
    this.connected = this.docs.map(() => this.docs.map(() => true));
    this.docs.forEach((doc, from) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE) return;
        this.docs.forEach((_, to) => {
          if (to !== from && this.connected[from]![to]) this.queues[from]![to]!.push(update);
        });
      });
    });
  }

  /** Delivers one queued message, picked at random, out of order. */
  deliverOne(rand: () => number): void {
    const pending: [number, number][] = [];
    this.queues.forEach((row, from) =>
      row.forEach((q, to) => q.length > 0 && pending.push([from, to])),
    );
    if (pending.length === 0) return;
    const [from, to] = pending[Math.floor(rand() * pending.length)]!;
    const queue = this.queues[from]![to]!;
    const [update] = queue.splice(Math.floor(rand() * queue.length), 1);
    Y.applyUpdate(this.docs[to]!, update!, REMOTE);
  }

  /** Drops the link both ways; messages in flight are lost. */
  disconnect(a: number, b: number): void {
    this.connected[a]![b] = this.connected[b]![a] = false;
    this.queues[a]![b] = [];
    this.queues[b]![a] = [];
  }

  /** Restores the link and syncs by state vectors, as a reconnecting client does. */
  reconnect(a: number, b: number): void {
    if (this.connected[a]![b]) return;
    this.connected[a]![b] = this.connected[b]![a] = true;
    const [docA, docB] = [this.docs[a]!, this.docs[b]!];
    const forB = Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB));
    const forA = Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA));
    Y.applyUpdate(docB, forB, REMOTE);
    Y.applyUpdate(docA, forA, REMOTE);
  }

  settle(): void {
    for (let a = 0; a < this.docs.length; a++) {
      for (let b = 0; b < this.docs.length; b++) if (a !== b) this.reconnect(a, b);
    }
    for (const row of this.queues) {
      row.forEach((queue, to) => {
        for (const update of queue.splice(0)) Y.applyUpdate(this.docs[to]!, update, REMOTE);
      });
    }
  }
}

type Op = (doc: Y.Doc, rand: () => number) => void;
const pick = <T>(items: readonly T[], rand: () => number): T | undefined =>
  items[Math.floor(rand() * items.length)];

const ops: Op[] = [
  (doc, r) => void addStage(doc, `Stage ${Math.floor(r() * 100)}`, Math.floor(r() * 6)),
  (doc, r) => {
    const s = pick(readMap(doc).stages, r);
    if (s) updateStage(doc, s.id, { name: `Renamed ${Math.floor(r() * 100)}` });
  },
  (doc, r) => {
    const s = pick(readMap(doc).stages, r);
    if (s) moveStage(doc, s.id, Math.floor(r() * 6));
  },
  (doc, r) => {
    const s = pick(readMap(doc).stages, r);
    if (s && r() < 0.4) deleteStage(doc, s.id);
  },
  (doc, r) => void addLane(doc, `Lane ${Math.floor(r() * 100)}`, 'custom', Math.floor(r() * 6)),
  (doc, r) => {
    const l = pick(readMap(doc).lanes, r);
    if (l) moveLane(doc, l.id, Math.floor(r() * 6));
  },
  (doc, r) => {
    const l = pick(readMap(doc).lanes, r);
    if (l) updateLane(doc, l.id, { name: `Lane ${Math.floor(r() * 100)}` });
  },
  (doc, r) => {
    const l = pick(readMap(doc).lanes, r);
    if (l && r() < 0.3) deleteLane(doc, l.id);
  },
  ...Array.from({ length: 3 }, (): Op => (doc, r) => {
    const map = readMap(doc);
    const s = pick(map.stages, r);
    const l = pick(map.lanes, r);
    if (s && l)
      addCard(doc, { stageId: s.id, laneId: l.id, title: 'Card', index: Math.floor(r() * 4) });
  }),
  ...Array.from({ length: 3 }, (): Op => (doc, r) => {
    const map = readMap(doc);
    const c = pick(map.cards, r);
    const s = pick(map.stages, r);
    const l = pick(map.lanes, r);
    if (c && s && l)
      moveCard(doc, c.id, { stageId: s.id, laneId: l.id, index: Math.floor(r() * 4) });
  }),
  (doc, r) => {
    const c = pick(readMap(doc).cards, r);
    if (c)
      updateCard(doc, c.id, { title: `Title ${Math.floor(r() * 1000)}`, momentOfTruth: r() < 0.5 });
  },
  (doc, r) => {
    const c = pick(readMap(doc).cards, r);
    if (c) setCardDescription(doc, c.id, `Text ${Math.floor(r() * 1000)}`);
  },
  (doc, r) => {
    const map = readMap(doc);
    const c = pick(map.cards, r);
    const p = pick(map.personas, r);
    if (c && p) setEmotion(doc, c.id, p.id, Math.floor(r() * 5) - 2);
  },
  (doc, r) => {
    const c = pick(readMap(doc).cards, r);
    if (c) deleteCard(doc, c.id);
  },
  (doc, r) => void (r() < 0.2 && addPersona(doc, 'Persona')),
  (doc, r) => {
    const p = pick(readMap(doc).personas, r);
    if (!p) return;
    if (r() < 0.2) deletePersona(doc, p.id);
    else updatePersona(doc, p.id, { name: `Persona ${Math.floor(r() * 100)}` });
  },
  (doc, r) => void addPerson(doc, { name: `Person ${Math.floor(r() * 100)}`, team: 'Ops' }),
  (doc, r) => {
    const map = readMap(doc);
    const person = pick(map.people, r);
    const card = pick(map.cards, r);
    if (!person) return;
    if (r() < 0.2) deletePerson(doc, person.id);
    else if (card) updateCard(doc, card.id, { ownerId: person.id });
    else updatePerson(doc, person.id, { team: 'Support' });
  },
  (doc, r) => {
    const map = readMap(doc);
    const stage = pick(map.stages, r);
    void addKpi(doc, {
      name: 'KPI',
      target: 50,
      current: Math.floor(r() * 100),
      stageId: stage?.id,
    });
  },
  (doc, r) => {
    const map = readMap(doc);
    const kpi = pick(map.kpis, r);
    const card = pick(map.cards, r);
    if (!kpi) return;
    const roll = r();
    if (roll < 0.4) setKpiCurrent(doc, kpi.id, Math.floor(r() * 100), `t${Math.floor(r() * 1000)}`);
    else if (roll < 0.6 && card) linkCardKpi(doc, card.id, kpi.id, r() < 0.7);
    else if (roll < 0.8) updateKpi(doc, kpi.id, { target: Math.floor(r() * 100) });
    else deleteKpi(doc, kpi.id);
  },
  ...Array.from({ length: 2 }, (): Op => (doc, r) => {
    const map = readMap(doc);
    const from = pick(map.cards, r);
    const to = pick(map.cards, r);
    if (from && to)
      addConnection(doc, {
        from: from.id,
        to: to.id,
        kind: pick(CONNECTION_KINDS, r),
        label: `Label ${Math.floor(r() * 100)}`,
      });
  }),
  (doc, r) => {
    const c = pick(readMap(doc).connections, r);
    if (!c) return;
    const roll = r();
    if (roll < 0.3) deleteConnection(doc, c.id);
    else if (roll < 0.45) reverseConnection(doc, c.id);
    else if (roll < 0.7) updateConnection(doc, c.id, { kind: pick(CONNECTION_KINDS, r) });
    else updateConnection(doc, c.id, { status: pick(FLOW_STATUSES, r), label: 'Edited' });
  },
  (doc, r) => {
    const map = readMap(doc);
    const system = pick(map.systems, r);
    const roll = r();
    if (!system || roll < 0.3) addSystem(doc, { name: `System ${Math.floor(r() * 100)}` });
    else if (roll < 0.45) deleteSystem(doc, system.id);
    else
      updateSystem(doc, system.id, {
        maturity: 1 + Math.floor(r() * 5),
        importance: 1 + Math.floor(r() * 5),
      });
  },
  (doc, r) => {
    const map = readMap(doc);
    const system = pick(map.systems, r);
    const card = pick(map.cards, r);
    if (!system || !card) return;
    if (r() < 0.4) setCardSystem(doc, card.id, r() < 0.8 ? system.id : null);
    else setCardReliesOn(doc, card.id, system.id, r() < 0.7);
  },
];

function runSeed(seed: number): { docs: Y.Doc[] } {
  const rand = prng(seed);
  vi.spyOn(Math, 'random').mockImplementation(rand);
  idCounter = seed * 100_000;
  const net = new Network(3 + Math.floor(rand() * 3));
  // Refinancing: a systems catalogue and every kind of connection to start from.
  writeMap(net.docs[0]!, templateMap(seed % 2 ? 'ecommerce' : 'refinancing')!);
  net.settle();
  const steps = 40 + Math.floor(rand() * 40);
  for (let step = 0; step < steps; step++) {
    const roll = rand();
    const n = net.docs.length;
    if (roll < 0.5) pick(ops, rand)!(net.docs[Math.floor(rand() * n)]!, rand);
    else if (roll < 0.85) net.deliverOne(rand);
    else if (roll < 0.93) net.disconnect(Math.floor(rand() * n), Math.floor(rand() * n));
    else net.reconnect(Math.floor(rand() * n), Math.floor(rand() * n));
  }
  net.settle();
  return { docs: net.docs };
}

describe('convergence fuzz', () => {
  beforeEach(() => {
    idCounter = 0;
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('draws no connection to a card deleted while colleagues connected and edited lines to it', () => {
    const net = new Network(3);
    writeMap(net.docs[0]!, templateMap('refinancing')!);
    net.settle();
    const [a, b, c] = net.docs as [Y.Doc, Y.Doc, Y.Doc];
    const map = readMap(a);
    const target = map.connections.find((x) => x.status === 'missing')!;
    const victim = target.to;
    const other = map.cards.find((x) => x.id !== victim && x.id !== target.from)!;
    // At the same time: a deletes the card, b draws a new line to it and re-labels the old
    // one, c deletes the old line.
    deleteCard(a, victim);
    addConnection(b, { from: other.id, to: victim, kind: 'data' });
    updateConnection(b, target.id, { status: 'broken', label: 'Loan status' });
    deleteConnection(c, target.id);
    net.settle();
    const first = readMap(a);
    for (const doc of [b, c]) expect(readMap(doc)).toEqual(first);
    expect(first.connections.some((x) => x.from === victim || x.to === victim)).toBe(false);
    expect(invariantViolations(first)).toEqual([]);
  });

  it('converges on 200 seeds with invariants intact', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { docs } = runSeed(seed);
      const first = readMap(docs[0]!);
      for (const doc of docs.slice(1)) {
        expect(readMap(doc), `seed ${seed}`).toEqual(first);
      }
      expect(invariantViolations(first), `seed ${seed}`).toEqual([]);
    }
    // CPU-bound: on a loaded machine the default deadline would fail it for no fault of its own.
  }, 180_000);
});
