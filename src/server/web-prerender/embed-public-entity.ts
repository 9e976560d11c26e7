import { publicEntityParamsSchema } from '../../contracts/public-results.contract';
import { embeddedPublicEntityElementId } from '../../web/features/portal/embedded-public-entity';
import { DomainError } from '../errors';
import type { ReadPublicEntityAnswer } from '../results/read-public-entity-answer';

/**
 * Largest answer put into the HTML (a ministry with every year published is ~10 KB); a bigger one is left to
 * the API so the page's first bytes stay small.
 */
export const maxEmbeddedAnswerBytes = 64 * 1024;

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The entity page's HTML with the entity's public answer in it, exactly what `GET /api/public/entities/:code`
 * answers at this moment (the same cache, so the same embargo and visibility), for the client to render at once
 * instead of asking the API after its scripts have run (src/web/features/portal/embedded-public-entity.ts).
 * Undefined (the page as built, which asks the API) for an unknown code, an entity without a published year
 * (before publication its page shows nothing of its results) or an answer over `maxEmbeddedAnswerBytes`.
 */
export async function embedPublicEntity(
  html: string,
  code: string,
  readAnswer: ReadPublicEntityAnswer,
): Promise<string | undefined> {
  if (!publicEntityParamsSchema.safeParse({ code }).success) return undefined;
  const bodyEnd = html.lastIndexOf('</body>');
  if (bodyEnd < 0) return undefined;
  let body: Buffer;
  try {
    ({ body } = await readAnswer(code));
  } catch (error) {
    // NOT_FOUND: no such entity. Anything else the page's own request will meet and show.
    if (error instanceof DomainError) return undefined;
    throw error;
  }
  if (body.length > maxEmbeddedAnswerBytes) return undefined;
  const json = body.toString('utf8');
  const { history } = JSON.parse(json) as { history: unknown[] };
  if (history.length === 0) return undefined;
  // `<` never appears raw, so no `</script>` (or `<!--`) in a name or note can end the element early; JSON
  // reads `\u003c` as the same character.
  const script =
    `<script type="application/json" id="${embeddedPublicEntityElementId}" data-code="${escapeAttribute(code)}">` +
    `${json.replaceAll('<', '\\u003c')}</script>`;
  return `${html.slice(0, bodyEnd)}${script}${html.slice(bodyEnd)}`;
}
