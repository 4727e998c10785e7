import type { ServerContext } from '../context.ts';
import type { Extension } from '../extension.ts';
import { access } from './access/index.ts';
import { comments } from './comments/index.ts';
import { content } from './content/index.ts';
import { kpis } from './kpis/index.ts';
import { observations } from './observations/index.ts';
import { tokens } from './tokens/index.ts';
import { participants } from './participants/index.ts';
import { persistence } from './persistence/index.ts';
import { versions } from './versions/index.ts';
import { webhooks } from './webhooks/index.ts';
import { workshop } from './workshop/index.ts';

/** The built-in extensions, in the order their hooks run. */
export function builtInExtensions(context: ServerContext, workspaceKey: string): Extension[] {
  return [
    tokens(context),
    access(context, workspaceKey),
    participants(context, workspaceKey),
    persistence(context),
    versions(context),
    kpis(context),
    workshop(context),
    comments(context),
    observations(context),
    content(context),
    webhooks(context),
  ];
}
