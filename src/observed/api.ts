import { ApiError, request } from '../api/client.ts';
import { mapCredential } from '../api/credentials.ts';
import { PARTICIPANT_HEADER } from '../api/participants.ts';
import type { ColumnChoice } from './log/columns.ts';
import type { ObservationData, ObservationSummary } from './log/types.ts';

/* The observations API: list, read, import (with upload progress, cancellable) and delete. */

const base = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}/observations`;

/** A set as the API returns it: its summary and everything the overlay needs. */
export interface ObservationSet extends ObservationSummary {
  data: ObservationData;
}

export const listSets = (mapId: string) =>
  request<{ sets: ObservationSummary[] }>(base(mapId), undefined, mapCredential(mapId)).then(
    (r) => r.sets,
  );

export const getSet = (mapId: string, setId: string) =>
  request<ObservationSet>(
    `${base(mapId)}/${encodeURIComponent(setId)}`,
    undefined,
    mapCredential(mapId),
  );

export const deleteSet = (mapId: string, setId: string) =>
  request<void>(
    `${base(mapId)}/${encodeURIComponent(setId)}`,
    { method: 'DELETE' },
    mapCredential(mapId),
  );

export interface Upload {
  /** Resolves with the new set's summary; rejects with the server's message. */
  done: Promise<ObservationSummary>;
  cancel(): void;
}

export { OBSERVATION_SET_TYPE } from './log/types.ts';

/**
 * Sends an event log file as it is (gzip included: the server inflates and parses it), or a
 * set already parsed in the browser (`contentType` OBSERVATION_SET_TYPE), reporting the share
 * sent.
 */
export function uploadLog(
  mapId: string,
  body: Blob | Uint8Array,
  options: {
    name: string;
    source: string;
    columns: ColumnChoice;
    participant: string | null;
    contentType?: string;
  },
  onProgress: (sent: number) => void,
): Upload {
  const xhr = new XMLHttpRequest();
  const query = new URLSearchParams({ name: options.name, source: options.source });
  for (const [role, column] of Object.entries(options.columns)) if (column) query.set(role, column);
  const done = new Promise<ObservationSummary>((resolve, reject) => {
    xhr.open('POST', `${base(mapId)}?${query}`);
    const credential = mapCredential(mapId);
    if (credential) xhr.setRequestHeader('Authorization', `Bearer ${credential}`);
    if (options.participant) xhr.setRequestHeader(PARTICIPANT_HEADER, options.participant);
    if (options.contentType) xhr.setRequestHeader('Content-Type', options.contentType);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let answer: { error?: string } | null = null;
      try {
        answer = JSON.parse(xhr.responseText) as { error?: string };
      } catch {
        answer = null;
      }
      if (xhr.status === 201) resolve(answer as unknown as ObservationSummary);
      else reject(new ApiError(answer?.error ?? `The server answered ${xhr.status}`, xhr.status));
    };
    xhr.onerror = () => reject(new ApiError('The upload failed: no answer from the server', 0));
    xhr.onabort = () => reject(new ApiError('Import cancelled', 0));
    xhr.send(body as XMLHttpRequestBodyInit);
  });
  return { done, cancel: () => xhr.abort() };
}
