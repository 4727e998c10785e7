import { useEffect, useRef, useState } from 'react';
import { chime } from './chime.ts';

/** Milliseconds left until `endsAt` (ticking each second), chiming once when it reaches zero. */
export function useCountdown(endsAt: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  const chimed = useRef<number | null>(null);
  useEffect(() => {
    if (endsAt === null) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [endsAt]);
  const left = endsAt === null ? null : endsAt - now;
  useEffect(() => {
    if (endsAt !== null && left !== null && left <= 0 && chimed.current !== endsAt) {
      chimed.current = endsAt;
      chime();
    }
  }, [endsAt, left]);
  return left;
}
