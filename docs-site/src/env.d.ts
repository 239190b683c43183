/// <reference types="astro/client" />
/// <reference path="../.astro/types.d.ts" />

/** The in-page sandbox's world file under /sandbox/, named after its content (astro.config.mjs). */
declare const __WORLD_FILE__: string;
/** The project's repository and branch, for edit links of pages made from data (astro.config.mjs). */
declare const __REPOSITORY__: string;
declare const __BRANCH__: string;
