import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ConfirmOversightProductRequest,
  oversightRegisterSchema,
  type SaveOversightProductRequest,
  type UpdateOversightProductRequest,
} from '../../../contracts/oversight-products.contract';
import { getJson, sendJson } from '../../lib/api-client';
import { uploadFile } from '../cycles/planning-requests';

export const oversightBase = (code: string) => `/api/entities/${encodeURIComponent(code)}/oversight-products`;

export function useOversightRegister(code: string) {
  return useQuery({
    queryKey: ['oversight', code],
    queryFn: () => getJson(oversightBase(code), oversightRegisterSchema),
  });
}

/** Every change answers with the whole register, which replaces the cached one. */
function useRegisterMutation<Input>(code: string, send: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (register) => queryClient.setQueryData(['oversight', code], register),
  });
}

export function useCreateOversightProduct(code: string) {
  return useRegisterMutation(code, (body: SaveOversightProductRequest) =>
    sendJson('POST', oversightBase(code), oversightRegisterSchema, body),
  );
}

export function useUpdateOversightProduct(code: string) {
  return useRegisterMutation(code, ({ id, body }: { id: string; body: UpdateOversightProductRequest }) =>
    sendJson('PATCH', `${oversightBase(code)}/${id}`, oversightRegisterSchema, body),
  );
}

export function useConfirmOversightProduct(code: string) {
  return useRegisterMutation(code, ({ id, body }: { id: string; body: ConfirmOversightProductRequest }) =>
    sendJson('POST', `${oversightBase(code)}/${id}/confirmation`, oversightRegisterSchema, body),
  );
}

export function useUploadOversightEvidence(code: string) {
  return useRegisterMutation(code, ({ id, file }: { id: string; file: File }) =>
    uploadFile(
      `${oversightBase(code)}/${id}/files?fileName=${encodeURIComponent(file.name)}`,
      oversightRegisterSchema,
      file,
    ),
  );
}
