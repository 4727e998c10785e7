import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { MapDoc } from '../doc/index.ts';
import type { UiState, UiStore } from './uiStore.ts';

interface MapContextValue {
  doc: MapDoc;
  ui: UiStore;
  /** Whether this user may change the map; the server enforces it, the UI mirrors it. */
  canEdit: boolean;
}

const MapContext = createContext<MapContextValue | null>(null);

export function MapProvider({
  doc,
  ui,
  canEdit,
  children,
}: MapContextValue & { children: ReactNode }) {
  return <MapContext.Provider value={{ doc, ui, canEdit }}>{children}</MapContext.Provider>;
}

function useMapContext(): MapContextValue {
  const value = useContext(MapContext);
  if (!value) throw new Error('useMapDoc and useUi need a <MapProvider>');
  return value;
}

/** The document of the map being edited, to pass to mutations. */
export function useMapDoc(): MapDoc {
  return useMapContext().doc;
}

/** A slice of the editor's UI state. */
export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useMapContext().ui, selector);
}

/** The UI store itself, for event handlers that read state without subscribing. */
export function useUiStore(): UiStore {
  return useMapContext().ui;
}

/** Whether the map may be edited here (false for viewers and commenters). */
export function useCanEdit(): boolean {
  return useMapContext().canEdit;
}
