import { describe, expect, it } from 'vitest';
import { templateMap } from '../../src/doc/index.ts';
import { useResources } from '../test/helpers.ts';
import { createConversions } from './index.ts';
import { exportMap, importMap, type JobName } from './jobs.ts';
import { WorkerPool } from './pool.ts';

const res = useResources();

const conversionWorker = new URL('./worker.mjs', import.meta.url);
const echoWorker = new URL('../test/echoWorker.mjs', import.meta.url);
const pool = (entry: URL, size: number) => res.track(new WorkerPool(entry, size), (p) => p.close());
// The echo worker understands jobs the real one does not have.
const job = (name: string) => name as JobName;

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('conversions', () => {
  it('convert in a worker thread, started on first use, as they would in place', async () => {
    const workers = pool(conversionWorker, 2);
    expect(workers.threads).toBe(0);
    const body = json(templateMap('saas', 'Onboarding'));
    const imported = await workers.run<ReturnType<typeof importMap>>('importMap', body);
    expect(workers.threads).toBe(1);
    const inPlace = importMap(body);
    if (!imported.ok || !inPlace.ok) throw new Error('import failed');
    expect(imported.title).toBe('Onboarding');
    expect(text(await workers.run<Uint8Array>('exportMap', [imported.state]))).toBe(
      text(exportMap([inPlace.state])),
    );
  });

  it('say what is wrong with a body, like the import route', async () => {
    const conversions = res.track(createConversions({ workers: 1, inlineBelowBytes: 0 }), (c) =>
      c.close(),
    );
    expect(await conversions.importMap(new TextEncoder().encode('{"meta":'))).toEqual({
      ok: false,
      error: 'Request body must be JSON',
    });
    const invalid = await conversions.importMap(json({ meta: { title: '' } }));
    expect(invalid).toMatchObject({ ok: false, error: 'Not a valid map export' });
    expect(invalid.ok || invalid.problems?.length).toBeGreaterThan(0);
    await expect(conversions.exportMap([new Uint8Array([1, 2, 3])])).rejects.toThrow();
  });
});

describe('the worker pool', () => {
  it('runs at most its size of workers, the other jobs waiting in order', async () => {
    const workers = pool(echoWorker, 2);
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => workers.run(job('echo'), n)));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(workers.threads).toBe(2);
  });

  it('fails only the job that failed, and the worker goes on', async () => {
    const workers = pool(echoWorker, 1);
    await expect(workers.run(job('fail'), 'purpose')).rejects.toThrow('failed on purpose');
    expect(await workers.run(job('echo'), 'next')).toBe('next');
    expect(workers.threads).toBe(1);
  });

  it('fails the job of a worker that dies, and starts a fresh one for the next', async () => {
    const workers = pool(echoWorker, 1);
    const dying = workers.run(job('exit'), null);
    const waiting = workers.run(job('echo'), 'after');
    await expect(dying).rejects.toThrow(/exit code 3/);
    expect(await waiting).toBe('after');
    expect(await workers.run(job('echo'), 'again')).toBe('again');
  });

  it('fails waiting jobs when it closes, and runs nothing after', async () => {
    const workers = new WorkerPool(echoWorker, 1);
    const jobs = Promise.allSettled([workers.run(job('echo'), 1), workers.run(job('echo'), 2)]);
    await workers.close();
    const [first, second] = await jobs;
    expect(first.status).toBe('rejected');
    expect(second).toEqual({ status: 'rejected', reason: new Error('Worker pool closed') });
    await expect(workers.run(job('echo'), 3)).rejects.toThrow('Worker pool closed');
    expect(workers.threads).toBe(0);
  });
});
