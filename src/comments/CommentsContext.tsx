import { createContext, useContext, type ReactNode } from 'react';
import type { Author, MapDoc } from '../doc/index.ts';

export interface CommentsContextValue {
  doc: MapDoc;
  mapId: string;
  author: Author;
  /** Commenters, editors and members may write comments; viewers only read. */
  canComment: boolean;
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

/** The comments document and who is writing. */
export function useCommentsContext(): CommentsContextValue {
  const value = useContext(CommentsContext);
  if (!value) throw new Error('useCommentsContext needs a <CommentsProvider>');
  return value;
}
