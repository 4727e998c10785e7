import { expect, type Actor } from './fixtures.ts';

/*
 * Big maps built as a person would bring one: a JSON file through "Import map". Stage,
 * lane and card names are generated; no fixture file is read.
 */

export const LANE_NAMES = ['Actions', 'Touchpoints', 'Thoughts', 'Pain points', 'Backstage'];
const LANE_KINDS = ['actions', 'touchpoints', 'thoughts', 'painpoints', 'backstage'];
const CARD_KINDS = ['action', 'touchpoint', 'note', 'painpoint', 'system'];

export interface BigMapShape {
  stages: number;
  perCell: number;
  /** Titles given to particular cards: "stage/lane/index" → title (indexes from 0). */
  special?: Record<string, string>;
}

export const stageName = (s: number) => `Stage ${s + 1}`;
export const cardTitle = (s: number, l: number, i: number) => `S${s + 1} ${LANE_NAMES[l]} ${i + 1}`;

export function bigMap(title: string, { stages, perCell, special = {} }: BigMapShape) {
  return {
    meta: { title },
    stages: Array.from({ length: stages }, (_, s) => ({ id: `s${s}`, name: stageName(s) })),
    lanes: LANE_NAMES.map((name, l) => ({ id: `l${l}`, name, kind: LANE_KINDS[l] })),
    cards: Array.from({ length: stages }, (_, s) =>
      LANE_NAMES.flatMap((_, l) =>
        Array.from({ length: perCell }, (_, i) => ({
          id: `c${s}x${l}x${i}`,
          stageId: `s${s}`,
          laneId: `l${l}`,
          kind: CARD_KINDS[l],
          title: special[`${s}/${l}/${i}`] ?? cardTitle(s, l, i),
        })),
      ),
    ).flat(),
  };
}

/** Imports a generated map from the home page and waits on its page, connected. */
export async function importBigMap(actor: Actor, title: string, shape: BigMapShape) {
  await actor.home.goto();
  await actor.page.getByRole('button', { name: 'Import map', exact: true }).click();
  const dialog = actor.page.getByRole('dialog', { name: 'Import a map', exact: true });
  await dialog.getByLabel('Map file (JSON)', { exact: true }).setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bigMap(title, shape))),
  });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await actor.page.waitForURL(/\/maps\/[^/?#]+$/, { timeout: 30_000 });
  await expectConnected(actor);
}

/** Waits for the connection, allowing a big map the time to arrive on a busy machine. */
export async function expectConnected(actor: Actor) {
  await expect(actor.map.status).toHaveText('Connected', { timeout: 60_000 });
}

/** Opens the map `other` is on and waits, as expectConnected, for it to arrive. */
export async function joinBigMap(actor: Actor, other: Actor) {
  await actor.page.goto(`/maps/${other.map.id}`);
  await expectConnected(actor);
}
