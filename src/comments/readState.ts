/** Which comment messages this browser has seen, per map, for unread counts. */
export function loadSeen(mapId: string): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(`trailmap:seen:${mapId}`) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

export function saveSeen(mapId: string, seen: Set<string>): void {
  localStorage.setItem(`trailmap:seen:${mapId}`, JSON.stringify([...seen].slice(-5000)));
}
