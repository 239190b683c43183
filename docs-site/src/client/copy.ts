/** Copying to the clipboard, for the widgets' Copy buttons. */

/** Copies text to the clipboard; false when the browser refuses (then the reader copies by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Makes `button` copy what `text()` returns, and say so on the button for a moment. */
export function copyButton(button: HTMLButtonElement, text: () => string): void {
  const label = button.textContent;
  button.addEventListener("click", () => {
    void copyText(text()).then((copied) => {
      button.textContent = copied ? "Copied" : "Select and copy";
      setTimeout(() => (button.textContent = label), 1500);
    });
  });
}
