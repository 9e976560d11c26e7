import { Anchor, Badge, Button, Card, FileInput, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OversightProduct } from '../../../contracts/oversight-products.contract';
import { followUpStatuses } from '../../../core/oversight/oversight-follow-up-status';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { useFormatters } from '../../lib/use-formatters';
import {
  oversightBase,
  useConfirmOversightProduct,
  useUpdateOversightProduct,
  useUploadOversightEvidence,
} from './oversight-api';
import { OversightProductForm } from './oversight-product-form';
import { tapInputStyles, tapTarget } from './tap-target';

const statusColour = { belum: 'red', sebagian: 'yellow', selesai: 'teal' } as const;

interface OversightProductCardProps {
  entityCode: string;
  product: OversightProduct;
  canManage: boolean;
  canUploadFollowUp: boolean;
}

/** One product: what it asks, its follow-up evidence, and who confirmed how far it was followed up. */
export function OversightProductCard({
  entityCode,
  product,
  canManage,
  canUploadFollowUp,
}: OversightProductCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const update = useUpdateOversightProduct(entityCode);
  const confirm = useConfirmOversightProduct(entityCode);
  const upload = useUploadOversightEvidence(entityCode);
  const latest = product.confirmations.at(-1);
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={product.number}
      data-testid="oversight-product"
    >
      {editing ? (
        <OversightProductForm
          initial={product}
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(body) =>
            update.mutate(
              { id: product.id, body: { ...body, version: product.version } },
              { onSuccess: () => setEditing(false) },
            )
          }
        />
      ) : (
        <Stack gap={6}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600}>{product.number}</Text>
            <Badge color={statusColour[product.followUpStatus]} size="lg" data-testid="follow-up-status">
              {t(`oversight.statuses.${product.followUpStatus}`)}
            </Badge>
          </Group>
          <Text size="sm">
            {t(`oversight.kinds.${product.kind}`)} · {format.calendarDate(product.issuedOn)} ·{' '}
            {product.issuingOffice}
          </Text>
          <Text>{product.subject}</Text>
          {product.dueOn && (
            <Text size="sm" c="dimmed">
              {t('oversight.fields.dueOn')}: {format.calendarDate(product.dueOn)}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {latest
              ? t('oversight.fields.confirmedBy', {
                  name: latest.confirmedByName,
                  date: format.calendarDate(latest.confirmedOn),
                })
              : t('oversight.fields.notConfirmed')}
            {latest?.note ? ` — ${latest.note}` : ''}
          </Text>
          <Text size="sm" fw={600}>
            {t('oversight.fields.evidence')}
          </Text>
          {product.files.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('oversight.fields.noEvidence')}
            </Text>
          ) : (
            product.files.map((stored) => (
              <Anchor
                key={stored.sha256}
                href={`${oversightBase(entityCode)}/${product.id}/files/${stored.sha256}`}
                style={{ display: 'inline-block', minHeight: 44, paddingBlock: 12 }}
              >
                {stored.fileName}
              </Anchor>
            ))
          )}
          {canUploadFollowUp && (
            <Group align="end" wrap="wrap">
              <FileInput
                label={t('oversight.fields.evidenceFile')}
                description={t('oversight.uploadHint')}
                accept="application/pdf,image/jpeg,image/png,image/webp"
                value={file}
                onChange={setFile}
                styles={tapInputStyles}
                style={{ flex: '1 1 220px' }}
              />
              <Button
                style={tapTarget}
                disabled={!file}
                loading={upload.isPending}
                onClick={() =>
                  file && upload.mutate({ id: product.id, file }, { onSuccess: () => setFile(null) })
                }
              >
                {t('oversight.upload')}
              </Button>
            </Group>
          )}
          <ApiErrorAlert error={upload.error} />
          {canManage && (
            <Stack gap="xs">
              <Textarea
                label={t('oversight.fields.note')}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
                autosize
                minRows={1}
                styles={tapInputStyles}
              />
              <Group gap="xs" wrap="wrap">
                {followUpStatuses.map((status) => (
                  <Button
                    key={status}
                    variant={status === 'selesai' ? 'filled' : 'default'}
                    style={tapTarget}
                    loading={confirm.isPending && confirm.variables?.body.followUpStatus === status}
                    onClick={() =>
                      confirm.mutate(
                        { id: product.id, body: { followUpStatus: status, note, version: product.version } },
                        { onSuccess: () => setNote('') },
                      )
                    }
                  >
                    {t('oversight.confirmAs', { status: t(`oversight.statuses.${status}`) })}
                  </Button>
                ))}
                <Button variant="subtle" style={tapTarget} onClick={() => setEditing(true)}>
                  {t('oversight.edit')}
                </Button>
              </Group>
              <ApiErrorAlert error={confirm.error} />
            </Stack>
          )}
        </Stack>
      )}
    </Card>
  );
}
