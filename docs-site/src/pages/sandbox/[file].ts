/**
 * The in-page sandbox's seeded world, gzipped at build time (about a tenth of fixtures/world.json)
 * and named after its content, so a page never pairs new code with an old world.
 * Fetched by src/client/in-page-sandbox.ts the first time a reader uses an interactive piece.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { gzipSync } from "node:zlib";
import world from "../../../../fixtures/world.json";

export const getStaticPaths = (() => [{ params: { file: __WORLD_FILE__ } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(gzipSync(JSON.stringify(world), { level: 9 }), { headers: { "content-type": "application/gzip" } });
