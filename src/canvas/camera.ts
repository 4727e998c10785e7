/*
 * Pure camera geometry: where the view opens and how a presented stage is framed. Zoom is
 * chosen for what a person reads — a card title is 15 px on the canvas — not for what fits.
 */
import type { Viewport } from './reveal.ts';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A card title's font size on the canvas, in canvas pixels. */
export const TITLE_PX = 15;
/** The zoom below which a card title is smaller than 12 screen pixels. */
export const READABLE_ZOOM = 12.75 / TITLE_PX;
/** The zoom a presented stage never goes below: titles of at least 16 screen pixels. */
export const PRESENT_MIN_ZOOM = 16.5 / TITLE_PX;
/** How far a presented stage may be magnified (a short stage of one or two lanes). */
export const PRESENT_MAX_ZOOM = 2.5;
/** Margin kept around what is framed, in screen pixels. */
export const FRAME_MARGIN = 24;

/** The viewport that fits `bounds` in the pane, centred, between the zoom limits. */
export function fittedViewport(
  bounds: Bounds,
  width: number,
  height: number,
  minZoom: number,
  maxZoom: number,
  margin = FRAME_MARGIN,
): Viewport {
  const fit = Math.min(
    (width - 2 * margin) / Math.max(bounds.width, 1),
    (height - 2 * margin) / Math.max(bounds.height, 1),
  );
  const zoom = Math.max(minZoom, Math.min(maxZoom, fit));
  return {
    x: width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: height / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}

/**
 * Where a map opens: the whole map when it fits at a readable zoom, otherwise its first
 * stages and lanes (from the top-left corner) at the readable zoom; the overview shows the
 * rest. `fitAll` keeps the old behaviour for maps too large to draw whole.
 */
export function openingViewport(
  bounds: Bounds,
  width: number,
  height: number,
  fitAll: boolean,
  minZoom: number,
): Viewport {
  const whole = fittedViewport(bounds, width, height, minZoom, 1);
  if (fitAll || whole.zoom >= READABLE_ZOOM) return whole;
  const zoom = READABLE_ZOOM;
  // Short maps stay centred vertically; only what overflows starts at its top-left corner.
  const fitsHigh = bounds.height * zoom <= height - 2 * FRAME_MARGIN;
  return {
    x: FRAME_MARGIN - bounds.x * zoom,
    y: fitsHigh
      ? height / 2 - (bounds.y + bounds.height / 2) * zoom
      : FRAME_MARGIN - bounds.y * zoom,
    zoom,
  };
}

/** Screen space a frame leaves free: banners above, the presenter's bar below. */
export interface Insets {
  top: number;
  bottom: number;
}

/**
 * The frame of a presented stage: its full height (header and every lane) fills the pane
 * between the insets, centred across, at no less than the zoom that keeps titles large.
 * A stage too tall for that starts at its header and scrolls.
 */
export function presentedViewport(
  stage: Bounds,
  width: number,
  height: number,
  insets: Insets,
): Viewport {
  const usable = Math.max(height - insets.top - insets.bottom, 1);
  const fit = Math.min(
    (usable - 2 * FRAME_MARGIN) / Math.max(stage.height, 1),
    (width - 2 * FRAME_MARGIN) / Math.max(stage.width, 1),
  );
  const zoom = Math.max(PRESENT_MIN_ZOOM, Math.min(PRESENT_MAX_ZOOM, fit));
  const tall = stage.height * zoom > usable - 2 * FRAME_MARGIN;
  return {
    x: width / 2 - (stage.x + stage.width / 2) * zoom,
    y: tall
      ? insets.top + FRAME_MARGIN - stage.y * zoom
      : insets.top + usable / 2 - (stage.y + stage.height / 2) * zoom,
    zoom,
  };
}
