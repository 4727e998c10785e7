import { ModalDialog } from '../ui/ModalDialog.tsx';
import { useId, useRef, useState } from 'react';
import { useCanvasImage } from '../canvas/export/useCanvasImage.ts';
import { mapToMermaid, type MapState } from '../doc/index.ts';
import { today } from '../ui/dates.ts';
import { actionsCsv, cardsCsv } from './csvExport.ts';
import { CSV_LEAVES_OUT_SENTENCE } from './csvScope.ts';
import { downloadBlob } from './download.ts';
import { exportFileName } from './fileName.ts';
import type { ReportHealth } from './report.ts';
import { Choice, JobStatus, Section } from './ExportParts.tsx';
import { useExportJob } from './useExportJob.ts';

interface ExportMenuProps {
  map: MapState;
  /** The health score for the PDF report; without it the report has no health section. */
  health?: ReportHealth;
  /** Classes for the toolbar button, to match its neighbours. */
  className?: string;
  /** Drawn before the label (the toolbar's icon). */
  icon?: React.ReactNode;
}

const toolbarButton =
  'h-9 shrink-0 rounded-md px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500';

/** The toolbar's "Export" button and the dialog it opens. */
export function ExportMenu({ map, health, className = toolbarButton, icon }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className={className}
      >
        {icon}
        Export
      </button>
      {open && <ExportDialog map={map} health={health} onClose={() => setOpen(false)} />}
    </>
  );
}

type Area = 'map' | 'view';

const text = (content: string, type: string) => new Blob([content], { type });
const sizeOf = (w: number, h: number) => `${Math.round(w)} × ${Math.round(h)}`;

function ExportDialog({
  map,
  health,
  onClose,
}: {
  map: MapState;
  health?: ReportHealth;
  onClose(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [area, setArea] = useState<Area>('map');
  const [legend, setLegend] = useState(true);
  const imager = useCanvasImage();
  const { state, run } = useExportJob();
  const title = map.meta.title;

  const image = (format: 'png' | 'svg') =>
    run('Rendering…', async () => {
      // The whole map (and every SVG) is drawn from the document: real text, caption, legend.
      // The current view is the screen's picture, under the same caption.
      const [{ mapPngPicture, mapSvgPicture }, { captionedView }] = await Promise.all([
        import('./mapPicture.ts'),
        import('./viewPicture.ts'),
      ]);
      const picture =
        format === 'svg'
          ? mapSvgPicture(map, today(), legend)
          : area === 'map'
            ? await mapPngPicture(map, today(), legend)
            : await captionedView(
                await imager.renderCanvasImage({ format, scope: area }),
                map,
                today(),
              );
      const name = exportFileName(
        title,
        format,
        format === 'png' && area === 'view' ? 'view' : undefined,
      );
      downloadBlob(picture.blob, name);
      return `Saved ${name} (${sizeOf(picture.width, picture.height)}).`;
    });

  const report = () =>
    run('Loading fonts…', async (job) => {
      const [{ buildReport }, { loadFontFiles }] = await Promise.all([
        import('./pdfReport.ts'),
        import('./pdfFontFiles.ts'),
      ]);
      const fonts = await loadFontFiles(JSON.stringify(map));
      job.progress(0.3, 'Laying out the report…');
      const { blob, pages } = await buildReport({
        map,
        today: today(),
        health,
        fonts,
        onProgress: (f) => job.progress(0.3 + 0.7 * f),
      });
      const name = exportFileName(title, 'pdf', 'report');
      downloadBlob(blob, name);
      return `Saved ${name} (${pages} ${pages === 1 ? 'page' : 'pages'}).`;
    });

  const file = (name: string, build: () => Blob) =>
    run('Preparing…', async () => {
      downloadBlob(build(), name);
      return `Saved ${name}.`;
    });

  const busy = state.status === 'running';
  return (
    <ModalDialog ref={ref} title="Export map" width="w-[36rem]" onClose={onClose}>
      <Section title="Picture">
        <div
          role="radiogroup"
          aria-labelledby={`${id}-area`}
          className="flex items-center gap-4 text-sm text-slate-700"
        >
          <span id={`${id}-area`} className="font-medium">
            Area
          </span>
          {(
            [
              ['map', 'Whole map'],
              ['view', 'Current view'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1.5">
              <input
                type="radio"
                name={`${id}-area`}
                value={value}
                checked={area === value}
                onChange={() => setArea(value)}
                className="h-4 w-4 accent-indigo-600"
              />
              {label}
            </label>
          ))}
        </div>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={legend}
            onChange={(e) => setLegend(e.target.checked)}
            className="h-4 w-4 accent-indigo-600"
          />
          Add a legend (people, evidence, symbols) below the whole map
        </label>
        <div className="grid grid-cols-2 gap-2">
          <Choice
            label="PNG image"
            about="For slides and chat; sharp at twice the size"
            disabled={busy}
            onClick={() => void image('png')}
          />
          <Choice
            label="SVG image"
            about="The whole map as shapes and text; edit it in a vector tool"
            disabled={busy}
            onClick={() => void image('svg')}
          />
        </div>
      </Section>

      <Section title="Report">
        <Choice
          label="PDF report"
          about={`A4 landscape for a steering meeting: the map as searchable text with a legend, KPIs, actions${health ? ', the health score and findings' : ''}${map.systems.length > 0 ? ' and the systems roadmap' : ''}`}
          disabled={busy}
          onClick={() => void report()}
        />
      </Section>

      <Section title="Data">
        <div className="grid grid-cols-3 gap-2">
          <Choice
            label="Actions CSV"
            about="The backlog, for spreadsheets"
            disabled={busy}
            onClick={() =>
              void file(exportFileName(title, 'csv', 'actions'), () =>
                text(actionsCsv(map, today()), 'text/csv;charset=utf-8'),
              )
            }
          />
          <Choice
            label="Cards CSV"
            about="Cards, stages, lanes and emotions; imports back"
            disabled={busy}
            onClick={() =>
              void file(exportFileName(title, 'csv', 'cards'), () =>
                text(cardsCsv(map), 'text/csv;charset=utf-8'),
              )
            }
          />
          <Choice
            label="JSON"
            about="The whole map, for import or tools"
            disabled={busy}
            onClick={() =>
              void file(exportFileName(title, 'json'), () =>
                text(JSON.stringify(map, null, 2), 'application/json'),
              )
            }
          />
          <Choice
            label="Mermaid journey"
            about="Stages and customer actions with scores, for docs; what it leaves out is noted in the file"
            disabled={busy}
            onClick={() =>
              void file(exportFileName(title, 'mmd'), () =>
                text(mapToMermaid(map).text, 'text/vnd.mermaid;charset=utf-8'),
              )
            }
          />
        </div>
        <p className="text-sm text-slate-600">
          {CSV_LEAVES_OUT_SENTENCE} Use JSON for a full copy.
        </p>
      </Section>

      <JobStatus state={state} />
    </ModalDialog>
  );
}
