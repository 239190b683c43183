/**
 * What this tab remembers between pages of the guide, in sessionStorage: the key the reader made
 * (a sandbox convenience a real front end must never copy with a real key, see "Store it
 * securely") and the in-page sandbox's state.
 */
const READER_KEY = "pleo-sandbox-guide:reader-key";
/** The in-page sandbox's state, saved after every answer (written by in-page-sandbox.ts). */
export const SANDBOX_STATE_KEY = "pleo-sandbox-guide:state";

export function getReaderKey(): string {
  return sessionStorage.getItem(READER_KEY) ?? "";
}

export function setReaderKey(secret: string): void {
  sessionStorage.setItem(READER_KEY, secret);
}

export function forgetReaderKey(): void {
  sessionStorage.removeItem(READER_KEY);
}

/** Whether this tab's in-page sandbox has answered anything yet (its world may differ from the seeded one). */
export function tabHasSandboxState(): boolean {
  return sessionStorage.getItem(SANDBOX_STATE_KEY) !== null;
}
