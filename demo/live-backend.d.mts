// Types of demo/live-backend.mjs for vite.config.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface LiveBackendOptions {
  /** ms between the simulation's ticks (3 000) */
  tickMs?: number;
  /** ms between heartbeats of an open stream (5 000) */
  heartbeatMs?: number;
}
export function liveBackend(options?: LiveBackendOptions): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
export function liveBackendKoa(options?: LiveBackendOptions): (ctx: unknown, next: () => Promise<unknown>) => Promise<unknown>;
export { documentAt } from './simulate.mjs';
