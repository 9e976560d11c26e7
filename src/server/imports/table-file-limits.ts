/**
 * What one imported spreadsheet may hold. A file is refused at the first cell past a limit, before the rest
 * is read, so neither time nor memory grows with what an attacker packs into a few kilobytes (issue #15: a
 * 6 KB XLSX with a cell at A4000, a 108 KB XLSX whose one string inflates to 100 MB).
 */
export interface TableFileLimits {
  /** Data rows below the header (the header is row 1, so the last allowed row is `maxRows + 1`). */
  maxRows: number;
  /** Columns holding any value; empty cells further right (Excel's trailing `;;;`) do not count. */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellCharacters: number;
  /** Bytes the XLSX's zip entries say they inflate to, added up, checked before anything is inflated. */
  maxDecompressedBytes: number;
  /** Time one file may take to read in its worker thread: the backstop if a limit above is ever missed. */
  maxParseMilliseconds: number;
}

export const defaultTableFileLimits: TableFileLimits = {
  maxRows: 50_000,
  maxColumns: 50,
  maxCellCharacters: 10_000,
  maxDecompressedBytes: 50 * 1024 * 1024,
  maxParseMilliseconds: 30_000,
};

/** Files read at once, each in its own worker thread; more wait their turn (two cores serve the whole app). */
export const maxConcurrentTableParses = 2;

/** Heap one parsing worker may use; past it the worker dies and the file is refused as too large. */
export const parseWorkerHeapMegabytes = 512;

/**
 * Problems returned for one rejected file: enough to fix the file by, small enough to answer (a 100k-row file
 * once returned 99,999 problems in 15 MB). The error carries the total as `detailsTotal`.
 */
export const maxReportedImportProblems = 1_000;
