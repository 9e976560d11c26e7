import { useMediaQuery } from '@mantine/hooks';

/**
 * Below 600 px (a phone held upright) wide tables become cards: a 360 px screen cannot show five columns
 * without hiding the ones people came for (times, outcome, score, category) off to the side.
 */
export const narrowScreenQuery = '(max-width: 37.49em)';

export function useNarrowScreen(): boolean {
  return useMediaQuery(narrowScreenQuery) ?? false;
}
