import type { ReactNode } from 'react';
import type { CardData, MapState } from '../../doc/index.ts';
import { CARD_STYLES, CHANNEL_LABELS } from '../../canvas/cardStyles.ts';
import { AnchorThreads } from '../../comments/AnchorThreads.tsx';
import { Avatar } from '../../ui/Avatar.tsx';
import { EVIDENCE_LABELS } from '../../ui/EvidenceMark.tsx';
import { EMOTION_LABELS } from '../../ui/Face.tsx';
import { CardConnections } from '../../connections/CardConnections.tsx';
import { CardSystems } from '../../systems/CardSystems.tsx';
import { CardActions } from './CardActions.tsx';
import { CommentsButton } from './CommentsButton.tsx';
import { KpiList } from './KpiList.tsx';
import { ActivityTrail } from '../../conflicts/ActivityTrail.tsx';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

/**
 * A card for someone who may not edit it: its comments first (a commenter's job), then its
 * fields as plain text — not a form of disabled inputs.
 */
export function CardReadView({ card, map }: { card: CardData; map: MapState }) {
  const stage = map.stages.find((s) => s.id === card.stageId);
  const lane = map.lanes.find((l) => l.id === card.laneId);
  const owner = map.people.find((p) => p.id === card.ownerId);
  const title = card.title || 'Untitled card';
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">
          {stage?.name} · {lane?.name}
        </p>
        <h3 className="text-lg font-semibold text-slate-900">{title}</h3>
      </div>
      <CommentsButton what="card" />
      <AnchorThreads map={map} anchor={{ kind: 'card', id: card.id }} label={`Card ${title}`} />
      <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-4 gap-y-2 border-t border-slate-200 pt-4">
        <Row term="Kind">{CARD_STYLES[card.kind].label}</Row>
        <Row term="Channel">{card.channel ? CHANNEL_LABELS[card.channel] : 'None'}</Row>
        <Row term="Owner">
          {owner ? (
            <span className="flex items-center gap-2">
              <Avatar name={owner.name} color={owner.color} size={22} decorative />
              {owner.name}
            </span>
          ) : (
            'No owner'
          )}
        </Row>
        <Row term="Evidence">{EVIDENCE_LABELS[card.evidence]}</Row>
        {card.momentOfTruth && <Row term="Moment of truth">Yes</Row>}
        {card.reviewedAt && <Row term="Last reviewed">{card.reviewedAt}</Row>}
        {map.personas.map((persona) => {
          const score = card.emotion[persona.id];
          return score === undefined ? null : (
            <Row key={persona.id} term={`How ${persona.name} feels`}>
              {EMOTION_LABELS[score]}
            </Row>
          );
        })}
      </dl>
      {card.description && (
        <section aria-label="Description" className="flex flex-col gap-1">
          <h3 className="text-sm font-medium text-slate-600">Description</h3>
          <p className="whitespace-pre-wrap text-slate-900">{card.description}</p>
        </section>
      )}
      <CardConnections key={`connections-${card.id}`} card={card} map={map} readOnly />
      <CardSystems card={card} map={map} readOnly />
      <CardActions card={card} map={map} readOnly />
      <KpiList map={map} attach={{ cardId: card.id }} card={card} readOnly />
      <ActivityTrail collection="cards" id={card.id} map={map} />
    </div>
  );
}
