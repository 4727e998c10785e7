import type { Hono } from 'hono';
import type { ServerContext } from '../context.ts';

/*
 * /healthz for load balancers and operators: 200 with the engines while this process can
 * serve, 503 with the reason while its store or its bus cannot be reached. /metrics for
 * Prometheus.
 */

/** How long the store may take to answer before it counts as unreachable. */
const PING_TIMEOUT_MS = 2_000;

async function storeProblem(context: ServerContext): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      context.store.ping(),
      new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error('no answer in 2 s')), PING_TIMEOUT_MS);
      }),
    ]);
    return null;
  } catch (error) {
    return `${context.store.kind} unreachable: ${(error as Error).message}`;
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(app: Hono, context: ServerContext): void {
  app.get('/healthz', async (c) => {
    const reason = (await storeProblem(context)) ?? context.bus.problem;
    if (reason) return c.json({ ok: false, reason }, 503);
    return c.json({ ok: true, store: context.store.kind, bus: context.bus.kind });
  });

  app.get('/metrics', async (c) => {
    const { registry } = context.metrics;
    return c.text(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
  });
}
