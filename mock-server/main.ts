#!/usr/bin/env node
/**
 * The `pleo-sandbox` binary and `npm start`. It notes its parent process before loading anything
 * else (under npm, a parent that dies before the server is up must still be noticed), turns on
 * Node's compile cache where Node has one (22.8 and later: later starts skip compiling the modules
 * again), then runs the CLI (cli/run.ts).
 */
import * as nodeModule from "node:module";

const parent = process.ppid;
// Absent before Node 22.8 (so not imported by name); a cache directory it cannot write is not an error.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import("./cli/run.ts");
await run(parent);
