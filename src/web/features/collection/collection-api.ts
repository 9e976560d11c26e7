import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import type { z } from 'zod';
import {
  type AnswerDto,
  answerSchema,
  type CreateRespondentRequest,
  respondentListSchema,
  respondentSavedSchema,
  type SaveAnswerRequest,
  type UpdateRespondentRequest,
  unitCollectionSchema,
} from '../../../contracts/collection.contract';
import { errorResponseSchema } from '../../../contracts/error.contract';
import { ApiError, getJson, sendJson } from '../../lib/api-client';

export interface UnitRef {
  year: number;
  entityCode: string;
  unitId: string;
}

export function unitBaseUrl({ year, entityCode, unitId }: UnitRef): string {
  return `/api/cycles/${year}/loci/${encodeURIComponent(entityCode)}/units/${unitId}`;
}

export function unitCollectionKey(unit: UnitRef) {
  return ['collection', unit.year, unit.entityCode, unit.unitId] as const;
}

export function useUnitCollection(unit: UnitRef) {
  return useQuery({
    queryKey: unitCollectionKey(unit),
    queryFn: () => getJson(`${unitBaseUrl(unit)}/collection`, unitCollectionSchema),
    retry: false,
  });
}

/** PUT and DELETE, which the shared client does not offer; same error shape (ApiError with details). */
async function send<Schema extends z.ZodType>(
  method: 'PUT' | 'DELETE',
  url: string,
  schema: Schema,
  body?: unknown,
): Promise<z.infer<Schema>> {
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/json',
      'accept-language': i18next.language || 'id',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(payload);
    if (!parsed.success) throw new ApiError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
    const { code, message, requestId, details } = parsed.data.error;
    throw new ApiError(response.status, code, message, requestId, details);
  }
  return schema.parse(payload);
}

export function putAnswer(unit: UnitRef, body: SaveAnswerRequest): Promise<AnswerDto> {
  return send('PUT', `${unitBaseUrl(unit)}/answers`, answerSchema, body);
}

/** The current answer a 409 carries, or null when it no longer exists. */
export function conflictingAnswerOf(error: unknown): AnswerDto | null {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return null;
  const parsed = answerSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

export function useRespondentMutations(unit: UnitRef) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: unitCollectionKey(unit) });
  const base = `${unitBaseUrl(unit)}/respondents`;
  return {
    create: useMutation({
      mutationFn: (body: CreateRespondentRequest) => sendJson('POST', base, respondentSavedSchema, body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateRespondentRequest }) =>
        sendJson('PATCH', `${base}/${id}`, respondentSavedSchema, body),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => send('DELETE', `${base}/${id}`, respondentListSchema),
      onSuccess: refresh,
    }),
  };
}
