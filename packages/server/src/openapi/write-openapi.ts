import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString, type SchemaObject } from 'openapi-typescript';
import ts from 'typescript';
import { buildApp } from '../app';
import { loadConfig, REPO_ROOT } from '../config';
import { createDb, createPool } from '../db/database';

/**
 * Writes docs/openapi.json from the routes' zod schemas and the web client's types from it.
 * With --check it only compares, and fails when either file is stale (CI's drift gate).
 */
const DOC = path.join(REPO_ROOT, 'docs/openapi.json');
const CLIENT = path.join(REPO_ROOT, 'packages/web/src/api/schema.d.ts');

/**
 * An uploaded file (`format: binary`) is a Blob in the browser, not the string the document's
 * type says: the web client then hands the File itself to the typed upload call.
 */
function binaryAsBlob(schema: SchemaObject): ts.TypeNode | undefined {
  if (!('format' in schema) || schema.format !== 'binary') return undefined;
  return ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
}

async function generate() {
  // Building the app touches no database: the pool connects lazily and is never used here.
  const db = createDb(createPool({ ownerUrl: 'postgres://unused@127.0.0.1:1/unused', appUrl: null }, 1));
  const app = await buildApp({ config: { ...loadConfig({}), webDist: '/nonexistent' }, db });
  await app.ready();
  const document = app.swagger();
  await app.close();
  await db.destroy();
  // Named schemas in alphabetical order: the registry lists them in the order modules happened to
  // be imported, so an import moved anywhere reshuffled the whole document.
  const { components } = document as { components?: { schemas?: Record<string, unknown> } };
  const schemas = components?.schemas;
  if (components && schemas) {
    components.schemas = Object.fromEntries(
      Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const types = `// Generated from docs/openapi.json by \`npm run api:gen -w @jenjang/server\`. Do not edit.\n${astToString(
    await openapiTS(JSON.parse(json), { transform: binaryAsBlob }),
  )}`;
  return { json, types };
}

const { json, types } = await generate();
if (process.argv.includes('--check')) {
  const stale: string[] = [];
  if ((await readFile(DOC, 'utf8').catch(() => '')) !== json) stale.push(path.relative(REPO_ROOT, DOC));
  if ((await readFile(CLIENT, 'utf8').catch(() => '')) !== types)
    stale.push(path.relative(REPO_ROOT, CLIENT));
  if (stale.length > 0) {
    console.error(`Stale generated API files: ${stale.join(', ')}. Run: npm run api:gen -w @jenjang/server`);
    process.exit(1);
  }
  console.log('OpenAPI document and web client types are up to date.');
} else {
  await writeFile(DOC, json);
  await writeFile(CLIENT, types);
  console.log(`wrote ${path.relative(REPO_ROOT, DOC)} and ${path.relative(REPO_ROOT, CLIENT)}`);
}
