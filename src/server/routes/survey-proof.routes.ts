import { unitSurveyResponsesSchema } from '../../contracts/survey.contract';
import {
  surveyProofParamsSchema,
  surveyProofSeenParamsSchema,
  surveyProofSettingSchema,
} from '../../contracts/survey-proof.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { getSurveyProofSetting } from '../use-cases/get-survey-proof-setting';
import { markSurveyProofSeenByTeam } from '../use-cases/mark-survey-proof-seen';
import { saveSurveyProofSettingOfCycle } from '../use-cases/save-survey-proof-setting';

/** Proof of service for the service-user survey (Opini editions): the cycle's setting and the team's mark. */
export function registerSurveyProofRoutes(app: PatuhApp, deps: AppDependencies): void {
  const { config, database } = deps;
  const { db } = database;
  const now = clockOf(config);
  const tags = ['survey'];

  app.get(
    '/api/cycles/:year/survey-proof',
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'getSurveyProofSetting',
        tags,
        summary:
          'Apakah survei pengguna layanan siklus meminta bukti pelayanan, dan bagaimana jawaban tanpa bukti dihitung',
        description:
          "Whether the cycle's service-user survey asks for proof of service, and how answers without it count",
        params: surveyProofParamsSchema,
        response: { 200: surveyProofSettingSchema },
      },
    },
    async (request) => getSurveyProofSetting(db, request.params.year),
  );

  app.put(
    '/api/cycles/:year/survey-proof',
    {
      config: { access: { action: 'cycle.manage' } },
      schema: {
        operationId: 'setSurveyProofSetting',
        tags,
        summary:
          'Tetapkan aturan bukti pelayanan siklus dan terapkan pada jawaban yang sudah masuk (admin; diaudit)',
        description:
          'Set the proof-of-service rule of the cycle and apply it to the answers already in (admin; audited)',
        params: surveyProofParamsSchema,
        body: surveyProofSettingSchema,
        response: { 200: surveyProofSettingSchema },
      },
    },
    async (request) =>
      saveSurveyProofSettingOfCycle(db, request.params.year, request.body, now(), auditContextOf(request)),
  );

  app.post(
    '/api/cycles/:year/loci/:code/units/:unitId/survey/responses/:responseId/proof',
    {
      config: { access: { action: 'collection.write' } },
      schema: {
        operationId: 'markSurveyResponseProofSeen',
        tags,
        summary: 'Tandai bahwa tim lapangan melihat bukti pelayanan untuk jawaban survei (diaudit)',
        description: 'Mark that the field team saw proof of service for a survey response (audited)',
        params: surveyProofSeenParamsSchema,
        response: { 200: unitSurveyResponsesSchema },
      },
    },
    async (request) =>
      markSurveyProofSeenByTeam(
        db,
        requireActor(request),
        {
          year: request.params.year,
          entityCode: request.params.code,
          unitId: request.params.unitId,
          responseId: request.params.responseId,
        },
        now(),
        auditContextOf(request),
        { serviceHours: config.surveyServiceHours },
      ),
  );
}
