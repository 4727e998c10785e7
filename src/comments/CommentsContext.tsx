import { createContext, useContext, type ReactNode } from 'react';
import type { Operation, ShownThread } from './pending.ts';

export interface CommentsContextValue {
  mapId: string;
  /** The threads, with our pending operations laid over them (see useComments). */
  threads: ShownThread[];
  /** Our participant id on this map, null until joined: "mine" means written by it. */
  me: string | null;
  /** Commenters, editors and members may write comments; viewers only read. */
  canComment: boolean;
  /** Editors and members may resolve any thread; commenters only those they started. */
  canModerate: boolean;
  submit(op: Operation): void;
  discard(key: string): void;
}

const CommentsContext = createContext<CommentsContextValue | null>(null);

export function CommentsProvider({
  value,
  children,
}: {
  value: CommentsContextValue;
  children: ReactNode;
}) {
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}

/** The comments, who is looking, and how to write. */
export function useCommentsContext(): CommentsContextValue {
  const value = useContext(CommentsContext);
  if (!value) throw new Error('useCommentsContext needs a <CommentsProvider>');
  return value;
}
