import { byOrder } from '../order.ts';
import type { CardData, MapState } from '../schema.ts';

/*
 * A map as a Mermaid `journey`: stages → sections, customer-action cards → tasks with their
 * personas' score (emotion e → score e + 3). What Mermaid's grammar cannot hold in a name
 * (`:`, `#`, `;`, `%`, and `,` in actors) is written as its entity code (#58;), which Mermaid
 * shows as the character; what a journey cannot hold at all is listed in `dropped`.
 */

export interface MermaidExport {
  /** The diagram; what was left out follows as `%%` comments, which Mermaid skips. */
  text: string;
  /** What the export left out or changed, in sentences. */
  dropped: string[];
}

const code = (char: string) => `#${char.codePointAt(0)};`;

// A name must not be read as a keyword, a comment or a separator.
function escapeName(value: string, extra = ''): string {
  const pattern = new RegExp(`[:#;%${extra}]`, 'g');
  let text = value.replace(/\s+/g, ' ').trim().replace(pattern, code);
  if (/^(journey|title\s|section\s|acctitle|accdescr)/i.test(text))
    text = code(text[0]!) + text.slice(1);
  return text;
}

// The score its personas share most (ties: the first persona's), and who shares it.
function taskScore(card: CardData, personaOrder: string[]) {
  const scored = personaOrder.filter((id) => card.emotion[id] !== undefined);
  if (scored.length === 0) return null;
  const counts = new Map<number, string[]>();
  for (const id of scored) {
    const value = card.emotion[id]!;
    counts.set(value, [...(counts.get(value) ?? []), id]);
  }
  const [emotion, actors] = [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
  return { score: emotion + 3, actors, others: scored.filter((id) => !actors.includes(id)) };
}

export function mapToMermaid(map: MapState): MermaidExport {
  const dropped: string[] = [];
  const personaName = new Map(map.personas.map((p) => [p.id, p.name]));
  const personaOrder = map.personas.map((p) => p.id);
  // A title may hold colons; only a comment (#) or a statement end (;) would cut it short.
  const title = map.meta.title.replace(/\s+/g, ' ').trim().replace(/[#;]/g, code);
  const laneOrder = new Map(map.lanes.map((l) => [l.id, l.order]));
  const lane = (c: CardData) => laneOrder.get(c.laneId) ?? '';
  const lines = ['journey', `  title ${title}`];
  for (const stage of [...map.stages].sort(byOrder)) {
    lines.push(`  section ${escapeName(stage.name) || 'Untitled'}`);
    const cards = map.cards
      .filter((c) => c.stageId === stage.id && c.kind === 'action')
      .sort((a, b) => (lane(a) === lane(b) ? byOrder(a, b) : lane(a) < lane(b) ? -1 : 1));
    for (const card of cards) {
      const name = escapeName(card.title) || 'Untitled';
      const task = taskScore(card, personaOrder);
      if (!task) {
        dropped.push(`“${card.title}” has no emotion score; exported as 3 (neutral)`);
        lines.push(`    ${name}: 3`);
        continue;
      }
      for (const id of task.others)
        dropped.push(
          `“${card.title}”: ${personaName.get(id)}’s score left out (a Mermaid task has one score for all its actors)`,
        );
      const actors = task.actors.map((id) => escapeName(personaName.get(id) ?? '', ','));
      lines.push(`    ${name}: ${task.score}: ${actors.join(', ')}`);
    }
  }
  const others = map.cards.filter((c) => c.kind !== 'action').length;
  if (others > 0) dropped.push(`${others} cards that are not customer actions`);
  for (const [what, count] of [
    ['KPIs', map.kpis.length],
    ['actions', map.actions.length],
    ['people', map.people.length],
    ['connections', map.connections.length],
    ['systems', map.systems.length],
  ] as const)
    if (count > 0) dropped.push(`${count} ${what}`);
  if (map.meta.purpose)
    lines.splice(2, 0, `  accDescr: ${map.meta.purpose.replace(/\s+/g, ' ').trim()}`);
  for (const note of dropped) lines.push(`%% Left out: ${note.replace(/\s+/g, ' ')}`);
  return { text: `${lines.join('\n')}\n`, dropped };
}
