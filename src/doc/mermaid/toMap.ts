import { newId } from '../ids.ts';
import { ordersAfter } from '../order.ts';
import { SCHEMA_VERSION, type CardData, type MapState, type PersonaData } from '../schema.ts';
import type { Journey, Problem } from './parse.ts';

/*
 * A parsed journey as a map: sections → stages (tasks before the first one → "Start"), tasks
 * → customer-action cards in one "Customer actions" lane, actors → personas, and each task's
 * score s → the emotion s − 3 of its actors (of "Customer" when it names none). An emotion
 * lane, empty, shows the curve; nothing else is made.
 */

export const DEFAULT_TITLE = 'Imported journey';
export const START_STAGE = 'Start';
export const ACTIONS_LANE = 'Customer actions';
export const EMOTION_LANE = 'Emotions';
export const DEFAULT_PERSONA = 'Customer';

// The export format's limits (exchange.ts): longer names are cut, and said so.
const MAX_TITLE = 200;
const MAX_CARD_TITLE = 500;
const MAX_PERSONAS = 50;

function cut(value: string, max: number, what: string, line: number, problems: Problem[]) {
  if (value.length <= max) return value;
  problems.push({ line, message: `${what} is longer than ${max} characters; cut` });
  return value.slice(0, max);
}

export function journeyToMap(journey: Journey, problems: Problem[] = []): MapState {
  const title = cut(journey.title || DEFAULT_TITLE, MAX_TITLE, 'The title', 1, problems);
  const stages = journey.sections.map((section) => ({
    id: newId(),
    name: cut(
      section.name ?? START_STAGE,
      MAX_TITLE,
      `Section “${section.name}”`,
      section.tasks[0]?.line ?? 1,
      problems,
    ),
    goal: '',
    ownerId: null,
  }));
  const stageOrders = ordersAfter(null, stages.length);
  const [actionsLane, emotionLane] = ordersAfter(null, 2).map((order, i) => ({
    id: newId(),
    name: i === 0 ? ACTIONS_LANE : EMOTION_LANE,
    kind: i === 0 ? ('actions' as const) : ('emotion' as const),
    order,
  }));

  const personas: PersonaData[] = [];
  const personaId = (name: string, line: number): string | null => {
    const known = personas.find((p) => p.name === name);
    if (known) return known.id;
    if (personas.length >= MAX_PERSONAS) {
      problems.push({ line, message: `More than ${MAX_PERSONAS} actors: “${name}” left out` });
      return null;
    }
    const persona = {
      id: newId(),
      name: cut(name, MAX_TITLE, `Actor “${name}”`, line, problems),
      description: '',
    };
    personas.push(persona);
    return persona.id;
  };

  const cards: CardData[] = [];
  journey.sections.forEach((section, s) => {
    const orders = ordersAfter(null, section.tasks.length);
    section.tasks.forEach((task, t) => {
      const emotion: Record<string, number> = {};
      if (task.score !== null) {
        const actors = task.actors.length > 0 ? task.actors : [DEFAULT_PERSONA];
        for (const actor of actors) {
          const id = personaId(actor, task.line);
          if (id) emotion[id] = task.score - 3;
        }
      } else for (const actor of task.actors) personaId(actor, task.line);
      cards.push({
        id: newId(),
        stageId: stages[s]!.id,
        laneId: actionsLane!.id,
        order: orders[t]!,
        kind: 'action',
        title: cut(
          task.name,
          MAX_CARD_TITLE,
          `Task “${task.name.slice(0, 40)}…”`,
          task.line,
          problems,
        ),
        description: '',
        channel: null,
        ownerId: null,
        emotion,
        momentOfTruth: false,
        evidence: 'assumption',
        reviewedAt: null,
        kpiIds: [],
        systemId: null,
        reliesOn: [],
        activities: [],
      });
    });
  });

  const personaOrders = ordersAfter(null, personas.length);
  return {
    meta: {
      title,
      purpose: journey.accDescr ?? '',
      schemaVersion: SCHEMA_VERSION,
      observedSet: null,
      ignoredActivities: [],
    },
    stages: stages.map((stage, i) => ({ ...stage, order: stageOrders[i]! })),
    lanes: [actionsLane!, emotionLane!],
    cards,
    // In order of first appearance, as the actors came.
    personas: personas.map((p, i) => ({ ...p, order: personaOrders[i]! })),
    people: [],
    kpis: [],
    actions: [],
    connections: [],
    systems: [],
  };
}
