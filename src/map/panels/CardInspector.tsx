import {
  CARD_KINDS,
  CHANNELS,
  EVIDENCE_LEVELS,
  setEmotion,
  updateCard,
  type CardData,
  type MapState,
  addPerson,
} from '../../doc/index.ts';
import { CARD_STYLES, CHANNEL_LABELS } from '../../canvas/cardStyles.ts';
import { EVIDENCE_LABELS } from '../../ui/EvidenceMark.tsx';
import { EMOTION_LABELS, Face } from '../../ui/Face.tsx';
import { Group, Segmented, SelectField, TextField } from '../../ui/fields.tsx';
import { useMapDoc } from '../../editor/MapContext.tsx';
import { CommentsButton } from './CommentsButton.tsx';
import { OwnerPicker } from '../../ui/OwnerPicker.tsx';
import { SharedTextArea } from '../SharedTextArea.tsx';
import { CardActions } from './CardActions.tsx';
import { CardReadView } from './CardReadView.tsx';
import { CardConnections } from '../../connections/CardConnections.tsx';
import { CardSystems } from '../../systems/CardSystems.tsx';
import { KpiList } from './KpiList.tsx';
import { ActivityTrail } from '../../conflicts/ActivityTrail.tsx';
import { ReviewedField } from './ReviewedField.tsx';

const SCORES = [-2, -1, 0, 1, 2] as const;

/** Every field of a card. */
export function CardInspector({
  card,
  map,
  readOnly,
}: {
  card: CardData;
  map: MapState;
  readOnly: boolean;
}) {
  const doc = useMapDoc();
  const patch = (p: Parameters<typeof updateCard>[2]) => updateCard(doc, card.id, p);
  if (readOnly) return <CardReadView card={card} map={map} />;
  const stage = map.stages.find((s) => s.id === card.stageId);
  const lane = map.lanes.find((l) => l.id === card.laneId);

  return (
    <div className="flex flex-col gap-4">
      <CommentsButton what="card" />
      <p className="text-sm text-slate-500">
        {stage?.name} · {lane?.name}
      </p>
      <TextField
        label="Title"
        value={card.title}
        disabled={readOnly}
        onCommit={(title) => patch({ title })}
      />
      <SelectField
        label="Kind"
        value={card.kind}
        disabled={readOnly}
        options={CARD_KINDS.map((k) => ({ value: k, label: CARD_STYLES[k].label }))}
        onChange={(kind) => patch({ kind })}
      />
      {/* Keys unique among these siblings: a repeated key leaves stale fields behind. */}
      <SharedTextArea
        key={`description-${card.id}`}
        doc={doc}
        cardId={card.id}
        label="Description"
        disabled={readOnly}
      />
      <SelectField
        label="Channel"
        value={card.channel ?? ''}
        disabled={readOnly}
        options={[
          { value: '', label: 'No channel' },
          ...CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c]! })),
        ]}
        onChange={(channel) => patch({ channel: channel || null })}
      />
      <Group label="Owner">
        <OwnerPicker
          onAddPerson={(name) => addPerson(doc, { name })}
          people={map.people}
          value={card.ownerId}
          disabled={readOnly}
          onChange={(ownerId) => patch({ ownerId })}
        />
      </Group>
      <Segmented
        label="Evidence"
        value={card.evidence}
        disabled={readOnly}
        options={EVIDENCE_LEVELS.map((e) => ({ value: e, label: EVIDENCE_LABELS[e] }))}
        onChange={(evidence) => patch({ evidence })}
      />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
        <input
          type="checkbox"
          checked={card.momentOfTruth}
          disabled={readOnly}
          onChange={(e) => patch({ momentOfTruth: e.target.checked })}
          className="h-4 w-4 accent-amber-500"
        />
        Moment of truth
      </label>
      <ReviewedField
        value={card.reviewedAt}
        disabled={readOnly}
        onChange={(reviewedAt) => patch({ reviewedAt })}
      />
      {map.personas.length > 0 && (
        <section className="flex flex-col gap-3" aria-label="Emotions">
          <h3 className="text-sm font-semibold text-slate-900">Emotion per persona</h3>
          {map.personas.map((persona) => (
            <Segmented
              key={persona.id}
              label={`How ${persona.name} feels`}
              value={card.emotion[persona.id] ?? null}
              disabled={readOnly}
              options={SCORES.map((score) => ({
                value: score,
                label: EMOTION_LABELS[score]!,
                content: <Face score={score} size={22} />,
              }))}
              onChange={(score) =>
                setEmotion(
                  doc,
                  card.id,
                  persona.id,
                  card.emotion[persona.id] === score ? null : score,
                )
              }
            />
          ))}
        </section>
      )}
      <CardConnections key={`connections-${card.id}`} card={card} map={map} readOnly={readOnly} />
      <CardSystems card={card} map={map} readOnly={readOnly} />
      <CardActions card={card} map={map} readOnly={readOnly} />
      <KpiList map={map} attach={{ cardId: card.id }} card={card} readOnly={readOnly} />
      <ActivityTrail collection="cards" id={card.id} map={map} />
    </div>
  );
}
