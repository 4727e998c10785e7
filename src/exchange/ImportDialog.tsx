import { ModalDialog } from '../ui/ModalDialog.tsx';
import { nanoid } from 'nanoid';
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  mermaidToMap,
  parseMapExport,
  type MapState,
  type MermaidImport,
  type ParseResult,
} from '../doc/index.ts';
import { guessMapping, type ColumnMapping } from './csvColumns.ts';
import { mapFromCsv, parseCsv, type CsvConversion, type CsvParse } from './csvImport.ts';
import { ColumnSelects, CsvPreview } from './CsvMapping.tsx';
import { readTextFile } from './download.ts';
import { FilePicker } from './FilePicker.tsx';
import { titleFromFileName } from './fileName.ts';
import { importMap } from './importApi.ts';
import { MapPreview, ProblemList } from './MapPreview.tsx';
import { MermaidPreview } from './MermaidPreview.tsx';

/** Larger files are not maps a browser should parse (the server refuses them too). */
const MAX_FILE_BYTES = 20_000_000;

type Source =
  | { kind: 'none' }
  | { kind: 'unreadable'; problem: string }
  | { kind: 'json'; parsed: ParseResult }
  | { kind: 'csv'; parsed: CsvParse; mapping: ColumnMapping | null }
  | { kind: 'mermaid'; text: string; parsed: MermaidImport };

const homeButton =
  'rounded-lg px-4 py-2 font-semibold text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

/** The home page's "Import map" button and the dialog it opens. */
export function ImportDialog({ className = homeButton }: { className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className={className}
      >
        Import map
      </button>
      {open && <ImportMapDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function readJson(text: string): ParseResult {
  try {
    return parseMapExport(JSON.parse(text));
  } catch (error) {
    return { ok: false, problems: [`The file is not JSON: ${(error as Error).message}`] };
  }
}

function ImportMapDialog({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const jsonInput = useRef<HTMLInputElement>(null);
  const csvInput = useRef<HTMLInputElement>(null);
  const mermaidInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const navigate = useNavigate();
  const [source, setSource] = useState<Source>({ kind: 'none' });
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);

  // Pasted or chosen, Mermaid text is parsed at once: the preview shows what will be created.
  const paste = (text: string) => {
    setRefused([]);
    if (!text.trim()) return setSource({ kind: 'none' });
    const parsed = mermaidToMap(text);
    setTitle(parsed.ok ? parsed.map.meta.title : '');
    setSource({ kind: 'mermaid', text, parsed });
  };

  const choose = async (kind: 'json' | 'csv' | 'mermaid', event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // One file at a time: choosing one clears the other inputs.
    for (const input of [jsonInput, csvInput, mermaidInput])
      if (input.current && input.current !== event.target) input.current.value = '';
    setRefused([]);
    if (!file) return setSource({ kind: 'none' });
    let text: string;
    try {
      text = await readTextFile(file, MAX_FILE_BYTES);
    } catch (error) {
      return setSource({ kind: 'unreadable', problem: (error as Error).message });
    }
    if (kind === 'mermaid') return paste(text);
    if (kind === 'json') {
      const parsed = readJson(text);
      setTitle(parsed.ok ? parsed.map.meta.title : '');
      setSource({ kind: 'json', parsed });
    } else {
      const parsed = parseCsv(text);
      setTitle(titleFromFileName(file.name));
      setSource({
        kind: 'csv',
        parsed,
        mapping: parsed.ok ? guessMapping(parsed.table.headers) : null,
      });
    }
  };

  const conversion: CsvConversion | null = useMemo(() => {
    if (source.kind !== 'csv' || !source.parsed.ok || !source.mapping) return null;
    return mapFromCsv(source.parsed.table, source.mapping, title, () => nanoid(10));
  }, [source, title]);

  const ready: MapState | null =
    (source.kind === 'json' || source.kind === 'mermaid') && source.parsed.ok
      ? { ...source.parsed.map, meta: { ...source.parsed.map.meta, title: title.trim() } }
      : conversion?.ok
        ? conversion.map
        : null;

  const submit = async () => {
    if (!ready || !title.trim()) return;
    setBusy(true);
    setRefused([]);
    const outcome = await importMap(ready);
    if (outcome.ok) return navigate(`/maps/${outcome.id}`);
    setRefused(outcome.problems);
    setBusy(false);
  };

  return (
    <ModalDialog ref={ref} title="Import a map" width="w-[44rem]" onClose={onClose}>
      <div className="grid grid-cols-3 gap-3">
        <FilePicker
          id={`${id}-json`}
          label="Map file (JSON)"
          about="A Trailmap export, with everything in it"
          accept=".json,application/json"
          input={jsonInput}
          onChange={(e) => void choose('json', e)}
        />
        <FilePicker
          id={`${id}-csv`}
          label="Cards file (CSV)"
          about="A spreadsheet of cards: stage, lane, kind, title, owner, emotion"
          accept=".csv,text/csv,.tsv,.txt"
          input={csvInput}
          onChange={(e) => void choose('csv', e)}
        />
        <FilePicker
          id={`${id}-mermaid`}
          label="Mermaid journey"
          about="A .mmd file with a journey diagram"
          accept=".mmd,.mermaid,.md,.txt,text/plain"
          input={mermaidInput}
          onChange={(e) => void choose('mermaid', e)}
        />
      </div>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Or paste a Mermaid journey
        <textarea
          rows={4}
          value={source.kind === 'mermaid' ? source.text : ''}
          onChange={(e) => paste(e.target.value)}
          placeholder={'journey\n  title Buying a bike\n  section Visit\n    Test ride: 5: Ann'}
          spellCheck={false}
          className="rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm font-normal text-slate-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
        />
      </label>

      {source.kind === 'unreadable' && (
        <ProblemList
          intro="This file cannot be read; nothing was created."
          problems={[source.problem]}
        />
      )}
      {source.kind === 'json' &&
        (source.parsed.ok ? (
          <MapPreview map={source.parsed.map} />
        ) : (
          <ProblemList
            intro="This is not a valid Trailmap map; nothing was created."
            problems={source.parsed.problems}
          />
        ))}
      {source.kind === 'mermaid' &&
        (source.parsed.ok ? (
          <MermaidPreview map={source.parsed.map} problems={source.parsed.problems} />
        ) : (
          <ProblemList
            intro="This is not a Mermaid journey; nothing was created."
            problems={source.parsed.problems.map((p) => p.message)}
          />
        ))}
      {source.kind === 'csv' &&
        (!source.parsed.ok || !source.mapping ? (
          <ProblemList
            intro="This CSV file cannot be imported; nothing was created."
            problems={source.parsed.ok ? [] : source.parsed.problems}
          />
        ) : (
          <>
            <ColumnSelects
              headers={source.parsed.table.headers}
              mapping={source.mapping}
              onChange={(mapping) => setSource({ ...source, mapping })}
            />
            {conversion && !conversion.ok && (
              <ProblemList
                intro="These cards cannot be imported yet; nothing was created."
                problems={conversion.problems}
              />
            )}
            {conversion?.ok && <CsvPreview result={conversion} />}
          </>
        ))}

      {ready && (
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          New map title
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            className="rounded-lg border border-slate-300 px-3 py-2 text-base font-normal text-slate-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
          />
        </label>
      )}
      {refused.length > 0 && (
        <ProblemList intro="The server refused this map; nothing was created." problems={refused} />
      )}
      <div className="flex justify-end gap-2">
        <button
          type="button"
          onClick={() => ref.current?.close()}
          className="rounded-lg px-4 py-2 font-medium text-slate-700 hover:bg-slate-100"
        >
          Cancel
        </button>
        <button
          type="button"
          disabled={!ready || !title.trim() || busy}
          onClick={() => void submit()}
          className="rounded-lg bg-indigo-600 px-5 py-2 font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-50"
        >
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
    </ModalDialog>
  );
}
