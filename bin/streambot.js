#!/usr/bin/env node
// Entry point for `npx streambot` / `npm run streambot`: runs the TypeScript sources through tsx,
// so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
