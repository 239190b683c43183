/**
 * The guide's pages: Starlight's schema, plus `pleo`, the pages of Pleo's developer site a page
 * mirrors (shown under its title). A link anywhere else fails the build.
 */
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
import { defineCollection, z } from "astro:content";

export const pleoLinks = z
  .array(z.object({ title: z.string(), href: z.string().url().startsWith("https://developers.pleo.io/") }))
  .default([]);

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: z.object({ pleo: pleoLinks }) }) }),
};
