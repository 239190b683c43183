/** Every `[data-copy]` button copies the `[data-code]` text beside it and says so. */
document.addEventListener("click", (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>("[data-copy]");
  const code = button?.parentElement?.querySelector<HTMLElement>("[data-code]");
  if (!button || !code) return;
  void copyText(code.textContent ?? "").then((copied) => {
    const label = button.textContent;
    button.textContent = copied ? "Copied" : "Select and copy";
    setTimeout(() => (button.textContent = label), 1500);
  });
});

/** Copies text to the clipboard; false when the browser refuses (then the reader copies by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
