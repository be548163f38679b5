import type { SnippetResult } from './types.js';
import type { GuideCase } from './types.js';

/** Snippets that failed but are not listed as known failures (a regression, or a wrong case file). */
export function unexpectedFailures(results: readonly SnippetResult[], guides: readonly GuideCase[]): SnippetResult[] {
  const known = new Set<string>();
  for (const guide of guides) guide.snippets.forEach((snippet, index) => snippet.knownFailure && known.add(`${guide.id}#${index}`));
  return results.filter((result) => !result.passed && !known.has(`${result.guide}#${result.index}`));
}

/** A readable summary: the `P/N guide snippets passing` line and one line per failure. */
export function summarize(results: readonly SnippetResult[], label: string): string {
  const passed = results.filter((result) => result.passed).length;
  const lines = [`${label}: ${passed}/${results.length} guide snippets passing`];
  for (const result of results) {
    if (!result.passed) lines.push(`  ✗ ${result.guide} #${result.index} ${result.title}: ${result.reason}`);
  }
  return lines.join('\n');
}
