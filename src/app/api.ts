/* The REST API as typed functions; every failure becomes an Error with the server's message. */

export interface MapSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init?.headers },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `The server answered ${response.status}`);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const api = {
  listMaps: () => request<{ maps: MapSummary[] }>('/api/maps').then((r) => r.maps),
  listTemplates: () =>
    request<{ templates: TemplateInfo[] }>('/api/templates').then((r) => r.templates),
  getMap: (id: string) => request<MapSummary>(`/api/maps/${encodeURIComponent(id)}`),
  createMap: (title: string, template: string) =>
    request<{ id: string }>('/api/maps', {
      method: 'POST',
      body: JSON.stringify({ title, template }),
    }),
  deleteMap: (id: string) =>
    request<void>(`/api/maps/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
