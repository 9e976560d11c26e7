/** One sampled complaint, times in epoch milliseconds; later steps may be missing while it is open. */
export interface ComplaintTimes {
  receivedAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
}

export interface ResponseTimeSummary {
  complaints: number;
  responded: number;
  resolved: number;
  /** Hours from receipt to first response: median and 90th percentile (null with no responded complaint). */
  firstResponseHours: { median: number; p90: number } | null;
  /** Hours from receipt to resolution. */
  resolutionHours: { median: number; p90: number } | null;
}

const hour = 60 * 60 * 1000;

/**
 * How fast a unit answers and settles complaints, for the Pengaduan indicators. Median of an even count is
 * the mean of the two middle values; the 90th percentile is the nearest rank (the value at rank ⌈0.9·n⌉),
 * so it is always a time that actually occurred.
 */
export function summarizeResponseTimes(complaints: readonly ComplaintTimes[]): ResponseTimeSummary {
  const firstResponses = durations(complaints, (complaint) => complaint.firstResponseAt);
  const resolutions = durations(complaints, (complaint) => complaint.resolvedAt);
  return {
    complaints: complaints.length,
    responded: firstResponses.length,
    resolved: resolutions.length,
    firstResponseHours: describe(firstResponses),
    resolutionHours: describe(resolutions),
  };
}

function durations(
  complaints: readonly ComplaintTimes[],
  end: (complaint: ComplaintTimes) => number | null,
): number[] {
  return complaints
    .flatMap((complaint) => {
      const endedAt = end(complaint);
      return endedAt === null ? [] : [Math.max(0, endedAt - complaint.receivedAt) / hour];
    })
    .sort((a, b) => a - b);
}

function describe(sortedHours: readonly number[]): { median: number; p90: number } | null {
  const count = sortedHours.length;
  if (count === 0) return null;
  const middle = Math.floor(count / 2);
  const median =
    count % 2 === 1
      ? (sortedHours[middle] ?? 0)
      : ((sortedHours[middle - 1] ?? 0) + (sortedHours[middle] ?? 0)) / 2;
  const p90 = sortedHours[Math.ceil(0.9 * count) - 1] ?? 0;
  return { median, p90 };
}
