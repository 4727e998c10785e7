import { jsPDF } from 'jspdf';
import type { CanvasRect } from '../canvas/export/types.ts';
import type { MapState } from '../doc/index.ts';
import { COLOR, CONTENT, PAGE, drawTable, lineHeight, setType, wrap } from './pdfDraw.ts';
import { put, registerFonts, type FontFiles } from './pdfFonts.ts';
import { drawScene, pdfMeasure, reportTiles } from './pdfMap.ts';
import { pdfText } from './pdfText.ts';
import { legendScene } from './scene/legend.ts';
import { mapScene } from './scene/mapScene.ts';
import type { Measure, Scene } from './scene/types.ts';
import { actionTable, findingsTable, keyFigures, kpiTable, type ReportHealth } from './report.ts';
import { scoreTable } from './reportHealth.ts';
import { drawRoadmap } from './pdfRoadmap.ts';
import { flowsTable, systemsTable } from './systemsReport.ts';

/*
 * The steering report: a cover with the map at a glance, the map in readable
 * tiles when it is too big for one page, then KPIs, actions, the health score and its findings.
 */

export interface ReportInput {
  map: MapState;
  /** YYYY-MM-DD, for overdue actions and the date on the report. */
  today: string;
  /** The health score as the Health panel shows it; without it the report has no health part. */
  health?: ReportHealth;
  /** Draw the map (cover, detail pages, legend); off for a report of tables only. */
  drawMap?: boolean;
  /** The former raster picture: `null` still means "no map" (as `drawMap: false`). */
  picture?: null;
  /** Embedded fonts for every script; without them the report is in Helvetica (Latin-1). */
  fonts?: FontFiles;
  onProgress?(fraction: number): void;
}

/** Below this many mm per canvas pixel, card text on the cover is too small to read (≈7 pt). */
export const READABLE_SCALE = 0.17;
/** Tiles are never enlarged past this, so a small map does not print in poster type. */
const MAX_TILE_SCALE = 0.26;

function header(doc: jsPDF, title: string, today: string) {
  setType(doc, 8, 'normal', COLOR.muted);
  const [first = ''] = wrap(doc, title, CONTENT.width - 60, 1);
  put(doc, first, CONTENT.left, 10, { baseline: 'top' });
  put(doc, `Steering report · ${today}`, PAGE.width - PAGE.margin, 10, {
    baseline: 'top',
    align: 'right',
  });
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.2);
  doc.line(CONTENT.left, 15, PAGE.width - PAGE.margin, 15);
}

function footers(doc: jsPDF) {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    setType(doc, 8, 'normal', COLOR.muted);
    put(doc, `Page ${page} of ${pages}`, PAGE.width - PAGE.margin, PAGE.height - 8, {
      align: 'right',
    });
    put(doc, 'Made with Trailmap', CONTENT.left, PAGE.height - 8);
  }
}

/** Fits `width`×`height` into a box, centred horizontally; returns the placement. */
function fit(width: number, height: number, box: CanvasRect, maxScale = Infinity) {
  const scale = Math.min(box.width / width, box.height / height, maxScale);
  const w = width * scale;
  return { x: box.x + (box.width - w) / 2, y: box.y, w, h: height * scale, scale };
}

/** Draws a scene fitted into `at`, framed. */
function placeScene(
  doc: jsPDF,
  scene: Scene,
  at: { x: number; y: number; w: number; h: number; scale: number },
) {
  drawScene(doc, scene, { x: at.x, y: at.y, scale: at.scale });
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.2);
  doc.rect(at.x, at.y, at.w, at.h);
}

/** Draws the cover; returns the scale the whole map got on it (mm per canvas unit). */
function cover(doc: jsPDF, input: ReportInput, measure: Measure): number {
  const { map, today, health } = input;
  setType(doc, 9, 'bold', COLOR.accent);
  put(doc, `STEERING REPORT · ${today}`, CONTENT.left, 16, { baseline: 'top' });
  let y = 23;
  setType(doc, 22, 'bold', COLOR.ink);
  for (const line of wrap(doc, map.meta.title || 'Untitled journey', CONTENT.width, 2)) {
    put(doc, line, CONTENT.left, y, { baseline: 'top' });
    y += lineHeight(22, 1.15);
  }
  if (map.meta.purpose.trim()) {
    y += 1;
    setType(doc, 10.5, 'normal', COLOR.body);
    for (const line of wrap(doc, map.meta.purpose, CONTENT.width, 3)) {
      put(doc, line, CONTENT.left, y, { baseline: 'top' });
      y += lineHeight(10.5);
    }
  }
  y += 4;
  const figures = keyFigures(map, today, health);
  const gap = 4;
  const boxW = (CONTENT.width - gap * (figures.length - 1)) / figures.length;
  figures.forEach((figure, i) => {
    const x = CONTENT.left + i * (boxW + gap);
    doc.setFillColor(...COLOR.band);
    doc.roundedRect(x, y, boxW, 17, 1.5, 1.5, 'F');
    setType(doc, 15, 'bold', COLOR.ink);
    put(doc, figure.value, x + 3.5, y + 2.5, { baseline: 'top' });
    setType(doc, 8, 'normal', COLOR.muted);
    put(doc, figure.label, x + 3.5, y + 9.5, { baseline: 'top' });
    if (figure.detail) {
      setType(doc, 7.5, 'normal', COLOR.bad);
      put(doc, figure.detail, x + 3.5, y + 13, { baseline: 'top' });
    }
  });
  y += 17 + 6;
  if (!input.drawMap) return Infinity;
  const box = { x: CONTENT.left, y, width: CONTENT.width, height: CONTENT.bottom - 6 - y };
  const scene = mapScene(map, measure);
  const at = fit(scene.width, scene.height, box);
  placeScene(doc, scene, at);
  setType(doc, 8, 'normal', COLOR.muted);
  const note =
    at.scale < READABLE_SCALE ? 'The whole map. It follows in readable parts.' : 'The whole map.';
  put(doc, note, CONTENT.left, at.y + at.h + 2, { baseline: 'top' });
  return at.scale;
}

function range(what: string, from: number, to: number, of: number, names: string[]) {
  const span = to - from === 1 ? `${from + 1}` : `${from + 1}-${to}`;
  const first = names[from] ?? '';
  const last = names[to - 1] ?? '';
  return `${what} ${span} of ${of} (${to - from === 1 ? first : `${first} to ${last}`})`;
}

async function detailPages(doc: jsPDF, input: ReportInput, measure: Measure) {
  const { map } = input;
  const top = CONTENT.top + 12;
  const box = { x: CONTENT.left, y: top, width: CONTENT.width, height: CONTENT.bottom - top };
  const { tiles, scale } = reportTiles(map, box, READABLE_SCALE);
  const stageNames = map.stages.map((s) => s.name);
  const laneNames = map.lanes.map((l) => l.name);
  for (const [i, tile] of tiles.entries()) {
    doc.addPage();
    header(doc, map.meta.title, input.today);
    setType(doc, 13, 'bold', COLOR.ink);
    put(doc, `The map in detail (${i + 1} of ${tiles.length})`, CONTENT.left, CONTENT.top, {
      baseline: 'top',
    });
    setType(doc, 8.5, 'normal', COLOR.muted);
    const where = [
      range('Stages', tile.stages.from, tile.stages.to, stageNames.length, stageNames),
      range('lanes', tile.lanes.from, tile.lanes.to, laneNames.length, laneNames),
    ].join(' · ');
    wrap(doc, where, CONTENT.width, 2).forEach((line, n) =>
      put(doc, line, CONTENT.left, CONTENT.top + 6.5 + n * lineHeight(8.5), { baseline: 'top' }),
    );
    const scene = mapScene(map, measure, {
      stages: [tile.stages.from, tile.stages.to],
      lanes: [tile.lanes.from, tile.lanes.to],
    });
    placeScene(doc, scene, fit(scene.width, scene.height, box, Math.max(scale, MAX_TILE_SCALE)));
    input.onProgress?.((i + 1) / (tiles.length + 1));
    // Let the progress bar paint between tiles.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** What the initials, bars and symbols on the map mean; returns the y below it. */
function legend(doc: jsPDF, input: ReportInput, measure: Measure, y: number): number {
  const scale = 0.26;
  const scene = legendScene(input.map, measure, CONTENT.width / scale);
  drawScene(doc, scene, { x: CONTENT.left, y, scale });
  return y + scene.height * scale;
}

/** The systems behind the journey: the roadmap chart, the catalogue and the data flows. */
function systemsPage(doc: jsPDF, input: ReportInput, newPage: () => number) {
  let y = newPage();
  setType(doc, 13, 'bold', COLOR.ink);
  put(doc, 'Systems behind the journey', CONTENT.left, y, { baseline: 'top' });
  y += 8;
  if (input.map.systems.length > 0) {
    setType(doc, 8.5, 'normal', COLOR.muted);
    put(
      doc,
      'Importance against maturity: important, immature systems (top right) are to fix first.',
      CONTENT.left,
      y,
      { baseline: 'top' },
    );
    y = drawRoadmap(doc, input.map.systems, { x: CONTENT.left, y: y + 6, width: 150, height: 92 });
    y = drawTable(doc, systemsTable(input.map), y, newPage) + 10;
  }
  drawTable(doc, flowsTable(input.map), y, newPage);
}

/** A muted paragraph across the content width; returns the y below it. */
function paragraph(doc: jsPDF, text: string, y: number, newPage: () => number): number {
  setType(doc, 8.5, 'normal', COLOR.muted);
  const lines = wrap(doc, text, CONTENT.width, 4);
  if (y + lines.length * lineHeight(8.5) > CONTENT.bottom) {
    y = newPage();
    setType(doc, 8.5, 'normal', COLOR.muted);
  }
  for (const line of lines) {
    put(doc, line, CONTENT.left, y, { baseline: 'top' });
    y += lineHeight(8.5);
  }
  return y;
}

/** Builds the report as a PDF file. */
export async function buildReport(input: ReportInput): Promise<{ blob: Blob; pages: number }> {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  input = { ...input, drawMap: input.drawMap ?? input.picture !== null };
  if (input.fonts) registerFonts(doc, input.fonts);
  const title = `${input.map.meta.title} - steering report`;
  doc.setProperties({ title: input.fonts ? title : pdfText(title), creator: 'Trailmap' });
  const measure = pdfMeasure(doc);
  const coverScale = cover(doc, input, measure);
  if (input.drawMap && coverScale < READABLE_SCALE) await detailPages(doc, input, measure);

  const newPage = () => {
    doc.addPage();
    header(doc, input.map.meta.title, input.today);
    return CONTENT.top;
  };
  let y = newPage();
  if (input.drawMap) y = legend(doc, input, measure, y) + 10;
  y = drawTable(doc, kpiTable(input.map), y, newPage) + 10;
  y = drawTable(doc, actionTable(input.map, input.today), y, newPage) + 10;
  if (input.health) {
    y = drawTable(doc, scoreTable(input.health), y, newPage) + 3;
    y = paragraph(doc, input.health.rule, y, newPage) + 8;
    drawTable(doc, findingsTable(input.health.findings), y, newPage);
  }
  if (input.map.systems.length > 0 || input.map.connections.some((c) => c.kind === 'data'))
    systemsPage(doc, input, newPage);
  footers(doc);
  input.onProgress?.(1);
  return { blob: doc.output('blob'), pages: doc.getNumberOfPages() };
}
