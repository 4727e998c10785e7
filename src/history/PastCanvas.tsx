import { useMemo } from 'react';
import { EmotionBeforeContext } from '../canvas/EmotionBeforeContext.ts';
import { JourneyCanvas } from '../canvas/JourneyCanvas.tsx';
import type { CanvasSlots } from '../canvas/slots.ts';
import { MapProvider, useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import type { PastView } from '../editor/uiStore.ts';
import { compareMaps } from './compare.ts';

/** A version, or the later of two compared states with its changes marked, read-only. */
export function PastCanvas({ past, slots }: { past: PastView; slots: CanvasSlots }) {
  const { map, before } = past;
  const doc = useMapDoc();
  const ui = useUiStore();
  const comparison = useMemo(() => (before ? compareMaps(before, map) : null), [before, map]);
  return (
    // Nothing about the past can be edited: the canvas is mounted without edit rights.
    <MapProvider doc={doc} ui={ui} canEdit={false}>
      <EmotionBeforeContext value={comparison?.emotionBefore ?? null}>
        <JourneyCanvas
          key={past.versionId ?? past.label}
          map={comparison?.shown ?? map}
          marks={comparison?.marks}
          slots={slots}
          spotlight={null}
        />
      </EmotionBeforeContext>
    </MapProvider>
  );
}
