#!/usr/bin/env node
// `npx pleo-sandbox`: the sandbox over HTTP, exactly as `npm start` runs it, for projects that have
// this sandbox as a dev dependency. The sources are TypeScript, so tsx loads them.
import { register } from "tsx/esm/api";

register();
await import("../mock-server/main.ts");
