import { memo, useContext } from 'react';
import { useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { deleteCard, kpiOnTarget, setEmotion, updateCard } from '../doc/index.ts';
import { useMapDoc, useCanEdit, useUi, useUiStore } from '../editor/MapContext.tsx';
import { EMOTION_LABELS, Face } from '../ui/Face.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { PencilIcon, StarIcon, TrashIcon } from '../ui/icons.tsx';
import { InlineEdit } from '../ui/InlineEdit.tsx';
import { Avatar } from '../ui/Avatar.tsx';
import { EvidenceMark } from '../ui/EvidenceMark.tsx';
import { KpiChip } from '../ui/KpiChip.tsx';
import { CARD_STYLES, CHANNEL_LABELS } from './cardStyles.ts';
import { EmotionPicker } from './EmotionPicker.tsx';
import { PeerOutline } from './PeerOutline.tsx';
import { MarkBadge } from './MarkBadge.tsx';
import { CardAnchors } from './CardAnchors.tsx';
import { CardSketch } from './CardSketch.tsx';
import { Decorations } from './Decorations.tsx';
import { FullDetailContext } from './FullDetailContext.ts';
import { useSlots } from './SlotsContext.ts';
import type { CardNode as CardNodeType, CardNodeData } from './nodes.ts';

/** Below this zoom a card's details are a few pixels tall: a sketch is drawn instead. */
export const SKETCH_BELOW_ZOOM = 0.3;
// A boolean, so that zooming re-renders cards only when it crosses the threshold.
const zoomedOut = (s: ReactFlowState) => s.transform[2] < SKETCH_BELOW_ZOOM;
/** Below this zoom a sketch's title grows again, so it stays readable (one line). */
const FAR_BELOW_ZOOM = 0.2;
const farOut = (s: ReactFlowState) => s.transform[2] < FAR_BELOW_ZOOM;

/**
 * A card in a cell. Zoomed far out, a sketch (stripe and title); the selected card and the one
 * being edited always show in full, with their controls, as do all in a picture of the map.
 */
export const CardNode = memo(function CardNode({ data, selected }: NodeProps<CardNodeType>) {
  const zoomed = useStore(zoomedOut);
  const far = useStore(farOut);
  const full = useContext(FullDetailContext);
  const editing = useUi((s) => s.editingId === data.card.id);
  const slots = useSlots();
  const anchored = slots.edgeLayers.length > 0;
  const connectable = useCanEdit() && slots.connector !== null;
  return (
    <>
      {zoomed && !full && !selected && !editing ? (
        <CardSketch data={data} far={far} />
      ) : (
        <CardDetail data={data} selected={!!selected} editing={editing} />
      )}
      {anchored && <CardAnchors connectable={connectable} />}
    </>
  );
});

interface DetailProps {
  data: CardNodeData;
  selected: boolean;
  editing: boolean;
}

/** Kind, title, channel, emotion and badges; edit in place; emotion picker when selected. */
function CardDetail({ data, selected, editing }: DetailProps) {
  const { card, persona, owner, kpis, dimmed, decorations, mark } = data;
  const { cardDecorations } = useSlots();
  const doc = useMapDoc();
  const ui = useUiStore();
  const canEdit = useCanEdit();
  const style = CARD_STYLES[card.kind];
  const score = persona ? card.emotion[persona.id] : undefined;
  const title = card.title || 'Untitled card';
  const stopEditing = () => ui.getState().startEditing(null);

  return (
    <div
      className={`group relative flex h-full overflow-visible rounded-lg bg-white shadow-sm ring-1 transition ${
        selected ? 'shadow-md ring-2 ring-indigo-500' : 'ring-slate-200 hover:shadow-md'
      } ${dimmed ? 'opacity-25 saturate-0' : ''} ${mark === 'removed' ? 'opacity-50 [&>*]:line-through' : ''} ${mark === 'origin' ? 'opacity-60' : ''}`}
      data-dimmed={dimmed || undefined}
      data-stage-name={data.stageName}
      onDoubleClick={() => canEdit && ui.getState().startEditing(card.id)}
    >
      <PeerOutline id={card.id} />
      <MarkBadge mark={mark} />
      <Decorations
        list={cardDecorations}
        values={decorations}
        place="corner"
        item={card}
        title={title}
      />
      <span className={`w-1.5 shrink-0 rounded-l-lg ${style.stripe}`} aria-hidden="true" />
      <div className="flex min-w-0 flex-1 flex-col gap-1 px-3 py-2">
        <div className="flex items-center gap-2 text-xs">
          <span className={`font-semibold tracking-wide uppercase ${style.caption}`}>
            {style.label}
          </span>
          {card.channel && (
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-600">
              {CHANNEL_LABELS[card.channel]}
            </span>
          )}
          {card.momentOfTruth && (
            <span
              className="text-amber-500"
              role="img"
              aria-label="Moment of truth"
              title="Moment of truth"
            >
              <StarIcon />
            </span>
          )}
          {score !== undefined && (
            <span className="ml-auto" role="img" aria-label={`Emotion: ${EMOTION_LABELS[score]}`}>
              <Face score={score} size={18} />
            </span>
          )}
        </div>
        {editing ? (
          <InlineEdit
            label="Card title"
            initial={card.title}
            multiline
            className="text-sm"
            onCommit={(value) => {
              updateCard(doc, card.id, { title: value });
              stopEditing();
            }}
            onCancel={stopEditing}
          />
        ) : (
          <p
            data-card-title
            className="line-clamp-2 text-[15px] leading-snug font-medium text-slate-900"
          >
            {title}
          </p>
        )}
        <div className="mt-auto flex min-w-0 items-center gap-1.5">
          {owner && <Avatar name={owner.name} color={owner.color} size={22} />}
          {kpis[0] && <KpiChip kpi={kpis[0]} onTarget={kpiOnTarget(kpis[0])} />}
          {kpis.length > 1 && <span className="text-xs text-slate-500">+{kpis.length - 1}</span>}
          <Decorations
            list={cardDecorations}
            values={decorations}
            place="badge"
            item={card}
            title={title}
          />
          <EvidenceMark evidence={card.evidence} />
        </div>
      </div>
      {!editing && canEdit && (
        <div className="absolute top-1 right-1 flex rounded-md bg-white/90 opacity-0 shadow-sm transition-opacity group-focus-within:opacity-100 group-hover:opacity-100">
          <IconButton
            label={`Edit card ${title}`}
            onClick={() => ui.getState().startEditing(card.id)}
          >
            <PencilIcon />
          </IconButton>
          <IconButton
            label={`Delete card ${title}`}
            className="hover:!bg-red-100 hover:!text-red-700"
            onClick={() => deleteCard(doc, card.id)}
          >
            <TrashIcon />
          </IconButton>
        </div>
      )}
      {selected && persona && !editing && canEdit && (
        <EmotionPicker
          persona={persona.name}
          value={score ?? null}
          onChange={(value) => setEmotion(doc, card.id, persona.id, value)}
        />
      )}
    </div>
  );
}
