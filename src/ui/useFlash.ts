import { useEffect, useRef, useState } from 'react';

const FLASH_MS = 4000;

/**
 * True for a few seconds after `key` changes (never for the first value), so a value
 * that changes while someone looks at it catches the eye.
 */
export function useFlash(key: string): boolean {
  const first = useRef(key);
  const [flashing, setFlashing] = useState<string | null>(null);
  useEffect(() => {
    if (key === first.current) return;
    first.current = key;
    setFlashing(key);
    const done = setTimeout(() => setFlashing(null), FLASH_MS);
    return () => clearTimeout(done);
  }, [key]);
  return flashing === key;
}
