/* What the canvas can render for exports; plain types, so the export UI needs no React Flow. */

/** A rectangle in canvas coordinates (the units of `layoutMap`). */
export interface CanvasRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CanvasImageRequest {
  format: 'png' | 'svg';
  /** The whole map at full size, or exactly what is on screen now. */
  scope: 'map' | 'view';
}

export interface CanvasImage {
  blob: Blob;
  /** Size of the picture in CSS pixels (a PNG holds `pixelRatio` times as many). */
  width: number;
  height: number;
}

/** The whole map drawn on a canvas, with where canvas coordinates land on it. */
export interface MapRaster {
  canvas: HTMLCanvasElement;
  /** The canvas-coordinate rectangle the picture shows. */
  area: CanvasRect;
  /** Pixels per canvas unit. */
  scale: number;
}

/** Renders the journey canvas that is on screen; provided by `CanvasImageSource`. */
export interface CanvasImager {
  renderCanvasImage(request: CanvasImageRequest): Promise<CanvasImage>;
  /** The whole map at `pixelRatio` (lowered for very large maps), for composing reports. */
  renderMapRaster(options?: { pixelRatio?: number }): Promise<MapRaster>;
}
