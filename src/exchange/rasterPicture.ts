import { EXPORT_BACKGROUND } from '../canvas/export/frame.ts';
import type { MapRaster } from '../canvas/export/types.ts';
import type { ReportPicture } from './pdfReport.ts';

/** The report's picture, cut from one rendering of the map: JPEG keeps the PDF small. */
export function rasterPicture(raster: MapRaster): ReportPicture {
  const { canvas: source, area, scale: from } = raster;
  return {
    area,
    compose(parts, width, height, maxPixels) {
      // Never more pixels than the rendering has, never more than the page can use.
      const scale = Math.min(from, Math.sqrt(maxPixels / (width * height)));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('The browser could not prepare the picture.');
      ctx.fillStyle = EXPORT_BACKGROUND;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.imageSmoothingQuality = 'high';
      for (const { from: rect, to } of parts) {
        ctx.drawImage(
          source,
          (rect.x - area.x) * from,
          (rect.y - area.y) * from,
          rect.width * from,
          rect.height * from,
          to.x * scale,
          to.y * scale,
          rect.width * scale,
          rect.height * scale,
        );
      }
      return canvas.toDataURL('image/jpeg', 0.9);
    },
  };
}
