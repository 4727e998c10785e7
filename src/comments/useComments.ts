import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ParticipantHandle } from '../api/participants.ts';
import type { Author, MapDoc } from '../doc/index.ts';
import { sendOperation } from './commentsApi.ts';
import { createOutbox } from './outbox.ts';
import { showThreads, type Operation, type ShownThread } from './pending.ts';
import { useThreads } from './useThreads.ts';

export interface Comments {
  /** The threads as the server wrote them, with our pending operations laid over them. */
  threads: ShownThread[];
  /** Sends an operation (kept and resent while the server cannot be reached). */
  submit(op: Operation): void;
  /** Forgets a refused operation. */
  discard(key: string): void;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The comments of a map: read from its comments document, written through the API as our
 * participant; `author` is how our own pending messages are shown until the server's arrive.
 */
export function useComments(
  mapId: string,
  doc: MapDoc,
  participant: ParticipantHandle,
  author: Author,
): Comments {
  const outbox = useMemo(
    () =>
      createOutbox({
        mapId,
        send: (op) => sendOperation(participant, op),
        storage: browserStorage(),
      }),
    [mapId, participant],
  );
  useEffect(() => outbox.start(), [outbox]);
  const threads = useThreads(doc);
  const pending = useSyncExternalStore(outbox.subscribe, outbox.list);
  useEffect(() => outbox.reconcile(threads), [outbox, threads]);
  const shown = useMemo(() => showThreads(threads, pending), [threads, pending]);
  return useMemo(
    () => ({
      threads: shown,
      submit: (op: Operation) => outbox.submit(op, author),
      discard: (key: string) => outbox.discard(key),
    }),
    [shown, outbox, author],
  );
}
