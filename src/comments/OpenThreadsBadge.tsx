import type { DecorationProps } from '../canvas/slots.ts';
import { ThreadBadge } from './ThreadBadge.tsx';
import { useOpenThreadCount } from './OpenThreadsContext.tsx';

/** The open comment threads on a card or stage, as a badge (nothing when there are none). */
export function OpenThreadsBadge({ item }: DecorationProps<{ id: string }>) {
  return <ThreadBadge count={useOpenThreadCount(item.id)} />;
}
