import type { MethodologyEdition } from '../../contracts/methodology.contract';
import { findSurveyExplanation } from '../../core/survey/survey-explanation-catalog';
import { notFoundError } from '../errors';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';
import { toMethodologyListing } from '../presenters/methodology.presenter';
import { cachedSurveyExplanationCatalog } from '../survey/survey-explanations';

/** One edition in full for the public methodology page; an unknown or invalid ref answers 404. */
export async function getMethodologyEdition(ref: string): Promise<MethodologyEdition> {
  const entry = await findCachedEdition(ref);
  if (!entry) throw notFoundError();
  const catalog = await cachedSurveyExplanationCatalog();
  const surveyExplanations: MethodologyEdition['surveyExplanations'] = {};
  for (const dimension of entry.methodology.dimensions)
    for (const indicator of dimension.indicators) {
      if (indicator.method !== 'survey') continue;
      const explanation = findSurveyExplanation(catalog, entry.ref, indicator.code);
      if (explanation) surveyExplanations[indicator.code] = explanation;
    }
  return { listing: toMethodologyListing(entry), methodology: entry.methodology, surveyExplanations };
}
