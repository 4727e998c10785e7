import { expect, it } from 'vitest';
import { pushSnippet } from './pushSnippet.ts';

it('writes a curl command for the push endpoint with the token left as a variable', () => {
  expect(pushSnippet('https://maps.example.com', 'm1', 'k 2')).toBe(
    [
      `curl -X PUT 'https://maps.example.com/api/maps/m1/kpis/k%202/current' \\`,
      `  -H "Authorization: Bearer $TRAILMAP_TOKEN" \\`,
      `  -H 'Content-Type: application/json' \\`,
      `  -d '{"value": 42}'`,
    ].join('\n'),
  );
});
