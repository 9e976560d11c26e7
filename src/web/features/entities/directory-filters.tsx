import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityKindSchema, entityKinds } from '../../../contracts/entities.contract';
import { useProvinceOptions } from '../regions/use-provinces';

export interface EntityFilterValues {
  search?: string;
  provinceCode?: string;
  kind?: (typeof entityKinds)[number];
}

interface EntityFiltersProps {
  value: EntityFilterValues;
  onChange: (patch: EntityFilterValues) => void;
  searchLabel: string;
  /** Provinces the user may pick; all when not given. */
  provinceCodes?: readonly string[];
}

/** Search text, province and kind of a list of entities (the directory and a cycle's loci). */
export function EntityFilters({ value, onChange, searchLabel, provinceCodes }: EntityFiltersProps) {
  const { t } = useTranslation();
  const provinces = useProvinceOptions(provinceCodes);
  const [text, setText] = useState(value.search ?? '');
  const applyText = useDebouncedCallback(
    (next: string) => onChange({ search: next.trim() || undefined }),
    300,
  );
  // Back/forward changes the URL under the field: show what the list is filtered by.
  useEffect(() => {
    setText((current) => (current.trim() === (value.search ?? '') ? current : (value.search ?? '')));
  }, [value.search]);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" role="search" aria-label={t('directoryAdmin.filters')}>
      <TextInput
        type="search"
        label={searchLabel}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          applyText(event.currentTarget.value);
        }}
      />
      <NativeSelect
        label={t('planning.loci.province')}
        value={value.provinceCode ?? ''}
        onChange={(event) => onChange({ provinceCode: event.currentTarget.value || undefined })}
        data={[{ value: '', label: t('planning.loci.allProvinces') }, ...provinces]}
      />
      <NativeSelect
        label={t('planning.loci.kind')}
        value={value.kind ?? ''}
        onChange={(event) => {
          const parsed = entityKindSchema.safeParse(event.currentTarget.value);
          onChange({ kind: parsed.success ? parsed.data : undefined });
        }}
        data={[
          { value: '', label: t('planning.loci.allKinds') },
          ...entityKinds.map((kind) => ({ value: kind, label: t(`planning.loci.kinds.${kind}`) })),
        ]}
      />
    </SimpleGrid>
  );
}
