import { useMemo, type KeyboardEvent } from 'react';
import type { TemplateInfo } from '../api/client.ts';
import { templateMap, type MapState } from '../doc/index.ts';
import { TemplateThumbnail } from './TemplateThumbnail.tsx';

interface Entry {
  info: TemplateInfo;
  /** The map the template makes, built here to draw and describe it (nothing is stored). */
  map: MapState | null;
}

/** Stage names and card count of a template's map, for its tile and preview. */
function summary(map: MapState | null): string {
  if (!map) return '';
  const cards = map.cards.length;
  return `${map.stages.length} stages · ${cards === 0 ? 'no cards' : `${cards} cards`}`;
}

/**
 * The starter templates as a gallery (a radio group: arrows move, the choice previews below):
 * each tile shows its map as a thumbnail, its purpose, stage count and card count.
 */
export function TemplateGallery({
  templates,
  value,
  onChange,
}: {
  templates: TemplateInfo[];
  value: string;
  onChange(id: string): void;
}) {
  const entries = useMemo<Entry[]>(
    () => templates.map((info) => ({ info, map: templateMap(info.id) })),
    [templates],
  );
  const chosen = entries.find((e) => e.info.id === value) ?? entries[0];

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const next = entries[(index + step + entries.length) % entries.length]!;
    onChange(next.info.id);
    document.getElementById(`template-${next.info.id}`)?.focus();
  };

  return (
    <div className="flex flex-col gap-4">
      <div
        role="radiogroup"
        aria-label="Template"
        className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5"
      >
        {entries.map(({ info, map }, i) => {
          const checked = info.id === chosen?.info.id;
          return (
            <button
              key={info.id}
              id={`template-${info.id}`}
              type="button"
              role="radio"
              aria-checked={checked}
              aria-labelledby={`template-${info.id}-name`}
              aria-describedby={`template-${info.id}-about`}
              tabIndex={checked ? 0 : -1}
              onClick={() => onChange(info.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
              className={`flex flex-col gap-2 rounded-xl p-2 text-left ring-1 transition hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${
                checked ? 'bg-indigo-50 ring-2 ring-indigo-500' : 'bg-white ring-slate-200'
              }`}
            >
              {map ? (
                <TemplateThumbnail
                  map={map}
                  name={info.name}
                  className="aspect-[16/10] w-full rounded-lg bg-slate-50 ring-1 ring-slate-200"
                />
              ) : (
                <span className="aspect-[16/10] w-full rounded-lg bg-slate-100" />
              )}
              <span id={`template-${info.id}-name`} className="font-semibold text-slate-900">
                {info.name}
              </span>
              <span id={`template-${info.id}-about`} className="text-sm text-slate-600">
                {summary(map)}
              </span>
            </button>
          );
        })}
      </div>
      {chosen && <TemplatePreview entry={chosen} />}
    </div>
  );
}

/** The chosen template before anything is created: what it is for, its stages and lanes. */
function TemplatePreview({ entry }: { entry: Entry }) {
  const { info, map } = entry;
  return (
    <section
      aria-label={`Preview: ${info.name}`}
      className="grid gap-4 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"
    >
      {map && (
        <TemplateThumbnail
          map={map}
          name={`${info.name}, larger`}
          className="max-h-44 w-full rounded-lg bg-white ring-1 ring-slate-200"
        />
      )}
      <div className="flex flex-col gap-2 text-sm text-slate-700">
        <h3 className="text-base font-semibold text-slate-900">{info.name}</h3>
        <p>{info.description}</p>
        {map?.meta.purpose && <p className="text-slate-600 italic">“{map.meta.purpose}”</p>}
        {map && (
          <>
            <p>
              <span className="font-medium text-slate-900">Stages: </span>
              {map.stages.map((s) => s.name).join(' → ')}
            </p>
            <p>
              <span className="font-medium text-slate-900">Lanes: </span>
              {map.lanes.map((l) => l.name).join(', ')}
            </p>
            <p>{summary(map)}</p>
          </>
        )}
      </div>
    </section>
  );
}
