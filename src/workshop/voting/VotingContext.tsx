import { createContext, useContext, type ReactNode } from 'react';
import type { Voting } from './useVoting.ts';

const VotingContext = createContext<Voting | null>(null);

export function VotingProvider({ voting, children }: { voting: Voting; children: ReactNode }) {
  return <VotingContext.Provider value={voting}>{children}</VotingContext.Provider>;
}

/** The current vote round and my dots, for the canvas and the vote bar. */
export function useVotingContext(): Voting | null {
  return useContext(VotingContext);
}
