import type { CardData, DataFlow, NewAction, SystemData } from '../doc/index.ts';

/* "Create action" from the systems panel: what the new backlog item says and points at. */

/** An action to improve a system, as important as the system, on the cards that rely on it. */
export function actionForSystem(system: SystemData, cards: readonly CardData[]): NewAction {
  return {
    title: `Improve ${system.name.trim() || 'the system'} (maturity ${system.maturity} of 5)`,
    ownerId: system.ownerId,
    impact: system.importance,
    cardIds: cards.map((c) => c.id),
  };
}

/** An action to fix a data flow, on the two cards it joins; a missing or broken one weighs more. */
export function actionForFlow(flow: DataFlow): NewAction {
  const from = flow.fromSystem?.name ?? flow.from.title;
  const to = flow.toSystem?.name ?? flow.to.title;
  const what = flow.connection.label.trim();
  const problem = flow.connection.status === 'missing' || flow.connection.status === 'broken';
  return {
    title: `${problem ? 'Build' : 'Improve'} the data flow ${what ? `"${what}" ` : ''}from ${from} to ${to}`,
    ownerId: flow.toSystem?.ownerId ?? flow.fromSystem?.ownerId ?? null,
    impact: problem ? 5 : 3,
    cardIds: [flow.from.id, flow.to.id],
  };
}
