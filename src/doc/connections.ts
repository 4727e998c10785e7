import { toConnection } from './convert.ts';
import { newId } from './ids.ts';
import type { ConnectionData, ConnectionKind, FlowStatus } from './schema.ts';
import { collection, createEntry, transact, type MapDoc } from './ydoc.ts';

/* Connections: lines from one card to another (the designed flow, reliances, data passing). */

export interface NewConnection {
  from: string;
  to: string;
  kind?: ConnectionKind;
  label?: string;
  /** Data flows only; a new data flow is automated unless told otherwise. */
  status?: FlowStatus;
}

/** The status a connection of `kind` starts with. */
const statusFor = (kind: ConnectionKind, status?: FlowStatus | null) =>
  kind === 'data' ? (status ?? 'automated') : null;

/**
 * Connects two cards and returns the connection's id. A card is not connected to itself, and
 * the same kind of line between the same two cards is made once: its id comes back instead.
 * Null when either card is missing.
 */
export function addConnection(doc: MapDoc, connection: NewConnection): string | null {
  const { from, to, kind = 'flow', label = '' } = connection;
  const cards = collection(doc, 'cards');
  if (from === to || !cards.has(from) || !cards.has(to)) return null;
  const same = [...collection(doc, 'connections').values()]
    .map(toConnection)
    .find((c) => c.from === from && c.to === to && c.kind === kind);
  if (same) return same.id;
  const id = newId();
  transact(doc, () => {
    createEntry(collection(doc, 'connections'), id, {
      from,
      to,
      kind,
      label,
      status: statusFor(kind, connection.status),
    });
  });
  return id;
}

export type ConnectionPatch = Partial<Pick<ConnectionData, 'kind' | 'label' | 'status'>>;

/**
 * Changes a connection's kind, label or status. A connection that becomes a data flow gets a
 * status (automated); one that stops being one loses it.
 */
export function updateConnection(doc: MapDoc, id: string, patch: ConnectionPatch): void {
  transact(doc, () => {
    const entry = collection(doc, 'connections').get(id);
    if (!entry) return;
    const current = toConnection(entry);
    const kind = patch.kind ?? current.kind;
    if (patch.kind !== undefined) entry.set('kind', kind);
    if (patch.label !== undefined) entry.set('label', patch.label);
    const status = kind === 'data' ? (patch.status ?? current.status) : null;
    if (entry.get('status') !== statusFor(kind, status))
      entry.set('status', statusFor(kind, status));
  });
}

/** Turns a connection around: `from` becomes `to`. */
export function reverseConnection(doc: MapDoc, id: string): void {
  transact(doc, () => {
    const entry = collection(doc, 'connections').get(id);
    if (!entry) return;
    const { from, to } = toConnection(entry);
    entry.set('from', to);
    entry.set('to', from);
  });
}

/** Deletes a connection. */
export function deleteConnection(doc: MapDoc, id: string): void {
  transact(doc, () => {
    collection(doc, 'connections').delete(id);
  });
}

/**
 * Deletes the connections that touch any of `cardIds`; call it inside the transaction that
 * deletes the cards, so that one undo brings both back.
 */
export function dropConnectionsOf(doc: MapDoc, cardIds: ReadonlySet<string>): void {
  const connections = collection(doc, 'connections');
  for (const [id, entry] of [...connections.entries()]) {
    const from = entry.get('from');
    const to = entry.get('to');
    if (cardIds.has(from as string) || cardIds.has(to as string)) connections.delete(id);
  }
}
