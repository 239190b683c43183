/** The guide's pages, in reading order. */
export const guidePages: readonly { path: string; title: string }[] = [
  { path: "", title: "Overview" },
  { path: "generate-a-key/", title: "1. Generate a key" },
  { path: "store-it-securely/", title: "2. Store it securely" },
  { path: "first-call/", title: "3. Make your first call" },
  { path: "when-it-fails/", title: "4. When it fails" },
  { path: "use-it-in-ci/", title: "5. Use it in your CI" },
  { path: "reference/", title: "Reference" },
];
