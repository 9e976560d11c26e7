import { type PublicEntity, publicEntitySchema } from '../../../contracts/public-results.contract';

/**
 * The element in an entity page's HTML that holds the entity's public answer, put there by the server
 * (src/server/web-prerender/embed-public-entity.ts): `<script type="application/json" id=… data-code=…>`.
 */
export const embeddedPublicEntityElementId = 'public-entity-data';

let embedded: { code: string; entity: PublicEntity } | null | undefined;

/**
 * The answer of `GET /api/public/entities/:code` that came with the page's HTML, when it is for this code and
 * reads as the contract says; undefined otherwise (the query then asks the API, as on any other page).
 */
export function readEmbeddedPublicEntity(code: string): PublicEntity | undefined {
  if (embedded === undefined) embedded = parseEmbedded();
  return embedded?.code === code ? embedded.entity : undefined;
}

/** When the embedded answer was made: the page's own request, so the query's staleTime counts from it. */
export const embeddedPublicEntityUpdatedAt = (): number =>
  typeof performance === 'undefined' ? Date.now() : Math.round(performance.timeOrigin);

function parseEmbedded(): { code: string; entity: PublicEntity } | null {
  // The build's prerender runs these components in Node, without a document.
  if (typeof document === 'undefined') return null;
  const element = document.getElementById(embeddedPublicEntityElementId);
  const code = element?.dataset.code;
  if (!element?.textContent || code === undefined) return null;
  try {
    const parsed = publicEntitySchema.safeParse(JSON.parse(element.textContent));
    return parsed.success ? { code, entity: parsed.data } : null;
  } catch {
    return null;
  }
}
