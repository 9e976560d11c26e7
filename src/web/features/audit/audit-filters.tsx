import { Button, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignableProvinceCodes } from '../auth/permissions';
import { useSignedInUser } from '../auth/use-current-user';
import { useProvinceOptions } from '../regions/use-provinces';
import type { AuditSearch } from './audit-search';

interface AuditFiltersProps {
  search: AuditSearch;
  onChange: (patch: Partial<AuditSearch>) => void;
}

export function AuditFilters({ search, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const provinceOptions = useProvinceOptions(assignableProvinceCodes(me));
  const [action, setAction] = useState(search.action ?? '');
  const [resourceType, setResourceType] = useState(search.resourceType ?? '');
  const applyAction = useDebouncedCallback(
    (value: string) => onChange({ action: value.trim() || undefined }),
    300,
  );
  const applyResourceType = useDebouncedCallback(
    (value: string) => onChange({ resourceType: value.trim() || undefined }),
    300,
  );
  const clear = () => {
    setAction('');
    setResourceType('');
    onChange({
      action: undefined,
      resourceType: undefined,
      provinceCode: undefined,
      from: undefined,
      to: undefined,
    });
  };
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm" style={{ alignItems: 'end' }}>
      <TextInput
        label={t('audit.action')}
        placeholder={t('audit.actionPlaceholder')}
        value={action}
        onChange={(event) => {
          setAction(event.currentTarget.value);
          applyAction(event.currentTarget.value);
        }}
      />
      <TextInput
        label={t('audit.resourceType')}
        placeholder={t('audit.resourceTypePlaceholder')}
        value={resourceType}
        onChange={(event) => {
          setResourceType(event.currentTarget.value);
          applyResourceType(event.currentTarget.value);
        }}
      />
      <NativeSelect
        label={t('audit.province')}
        value={search.provinceCode ?? ''}
        onChange={(event) => onChange({ provinceCode: event.currentTarget.value || undefined })}
        data={[{ value: '', label: t('audit.allProvinces') }, ...provinceOptions]}
      />
      <TextInput
        label={t('audit.from')}
        type="date"
        value={search.from ?? ''}
        max={search.to}
        onChange={(event) => onChange({ from: event.currentTarget.value || undefined })}
      />
      <TextInput
        label={t('audit.to')}
        type="date"
        value={search.to ?? ''}
        min={search.from}
        onChange={(event) => onChange({ to: event.currentTarget.value || undefined })}
      />
      <Button variant="default" onClick={clear}>
        {t('audit.reset')}
      </Button>
    </SimpleGrid>
  );
}
