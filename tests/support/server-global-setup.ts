// One production build and one app server for the http/e2e suites of a run.
import type { TestProject } from 'vitest/node';
import { startAppServer } from './app-server';
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';

export default async function setup(project: TestProject) {
  buildIfNeeded({ quiet: true });
  const server = await startAppServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('serverDatabaseUrl', server.databaseUrl ?? '');
  project.provide('serverDataDir', server.dataDir ?? '');
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    serverDatabaseUrl: string;
    serverDataDir: string;
  }
}
