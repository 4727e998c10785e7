/* The command a data pipeline runs to push a KPI value (see server/extensions/kpis). */

/** A `curl` call for the push endpoint; the token stays a variable, never a real secret. */
export function pushSnippet(origin: string, mapId: string, kpiId: string): string {
  const url = `${origin}/api/maps/${encodeURIComponent(mapId)}/kpis/${encodeURIComponent(kpiId)}/current`;
  return [
    `curl -X PUT '${url}' \\`,
    `  -H "Authorization: Bearer $TRAILMAP_TOKEN" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{"value": 42}'`,
  ].join('\n');
}
