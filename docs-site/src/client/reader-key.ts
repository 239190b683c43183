/**
 * The key the reader made in "Generate a key", carried to the next pages of the guide. A sandbox
 * convenience only: it lives in this tab's sessionStorage, which a real front end must never do
 * with a real key (see "Store it securely").
 */
const STORAGE_KEY = "pleo-sandbox-guide:reader-key";

export function getReaderKey(): string {
  return sessionStorage.getItem(STORAGE_KEY) ?? "";
}

export function setReaderKey(secret: string): void {
  sessionStorage.setItem(STORAGE_KEY, secret);
}

export function forgetReaderKey(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
