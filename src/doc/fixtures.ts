/*
 * Test fixtures for document tests: a document holding a template, replicas of a document, and
 * passing updates between them as a provider would. Only tests import this module (it is not
 * exported from index.ts), so it never reaches the app bundle.
 */
import * as Y from 'yjs';
import { writeMap } from './exchange.ts';
import { templateMap } from './templates/index.ts';
import { createMapDoc, type MapDoc } from './ydoc.ts';

/** A fresh document holding a new map from a template (e-commerce by default). */
export function templateDoc(template = 'ecommerce'): MapDoc {
  const map = templateMap(template);
  if (!map) throw new Error(`No template "${template}"`);
  const doc = createMapDoc();
  writeMap(doc, map);
  return doc;
}

/** A second replica of `doc` holding everything `doc` holds, like a colleague who just synced. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = createMapDoc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
}

/** Sends `to` what it lacks from `from`, applied under `origin` (say 'remote', so undo skips it). */
export function send(from: Y.Doc, to: Y.Doc, origin?: unknown): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), origin);
}

/** Sends each replica what the other lacks (both differences taken before either is applied). */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}
