let version = 0;

/** Bumped after every committed change to result snapshots in this process, so its caches reload at once. */
export function markResultsChanged(): void {
  version += 1;
}

export function resultsVersion(): number {
  return version;
}
