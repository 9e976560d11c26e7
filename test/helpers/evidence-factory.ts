import type { PatuhApp } from '../../src/server/app-types';
import { phasesAround, tinyPdf } from './cycle-factory';
import { multipartBody } from './multipart-body';

/**
 * As an admin: opens data collection of the 2024 cycle for a moment, attaches a PDF to indicator PRS-01 of the
 * Muba unit, and puts the cycle back in entry meetings. Returns the evidence id.
 */
export async function attachSampleEvidence(
  app: PatuhApp,
  adminCookie: string,
  unitId: string,
): Promise<string> {
  const setPhase = async (phase: 'data-collection' | 'entry-meetings') => {
    const response = await app.inject({
      method: 'PATCH',
      url: '/api/cycles/2024',
      headers: { cookie: adminCookie },
      payload: { phases: phasesAround(phase) },
    });
    if (response.statusCode !== 200)
      throw new Error(`phase ${phase}: ${response.statusCode} ${response.body}`);
  };
  await setPhase('data-collection');
  const body = multipartBody({ indicatorCode: 'PRS-01' }, [
    { field: 'file', fileName: 'maklumat.pdf', bytes: tinyPdf },
  ]);
  const uploaded = await app.inject({
    method: 'POST',
    url: `/api/cycles/2024/loci/16.06/units/${unitId}/evidence`,
    headers: { cookie: adminCookie, 'content-type': body.contentType },
    payload: body.payload,
  });
  if (uploaded.statusCode !== 201) throw new Error(`evidence: ${uploaded.statusCode} ${uploaded.body}`);
  await setPhase('entry-meetings');
  return uploaded.json().id;
}
