#!/usr/bin/env node
/**
 * The `pleo-sandbox` binary and `npm start`. It notes its parent process before loading anything
 * else (under npm, a parent that dies before the server is up must still be noticed), then runs
 * the CLI (cli/run.ts).
 */
const parent = process.ppid;
const { run } = await import("./cli/run.ts");
await run(parent);
