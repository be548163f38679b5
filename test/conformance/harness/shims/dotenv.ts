// `dotenv` for guides run by the conformance harness: there is no .env file to load.
/** Loads nothing; returns what dotenv returns for an empty file. */
export function config(): { parsed: Record<string, string> } {
  return { parsed: {} };
}
