import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  coachingListSchema,
  coachingSessionSchema,
  type SaveCoachingSessionRequest,
} from '../../../contracts/coaching.contract';
import { getJson, sendJson } from '../../lib/api-client';
import { uploadFile } from '../cycles/planning-requests';

export function useCoachingSessions() {
  return useQuery({ queryKey: ['coaching'], queryFn: () => getJson('/api/coaching', coachingListSchema) });
}

export function useCreateCoachingSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveCoachingSessionRequest) =>
      sendJson('POST', '/api/coaching', coachingSessionSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['coaching'] }),
  });
}

export function useUploadCoachingFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, file }: { sessionId: string; file: File }) =>
      uploadFile(
        `/api/coaching/${sessionId}/attachments?fileName=${encodeURIComponent(file.name)}`,
        coachingSessionSchema,
        file,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['coaching'] }),
  });
}
