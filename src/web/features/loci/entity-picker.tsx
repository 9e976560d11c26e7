import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEntitySearch } from './loci-api';

interface EntityPickerProps {
  provinceCode: string | undefined;
  onPick: (code: string) => void;
}

/** Finds a government by name, alias ("Muba") or code, searching on the server as the user types. */
export function EntityPicker({ provinceCode, onPick }: EntityPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useEntitySearch(search, provinceCode);
  return (
    <Select
      label={t('planning.loci.addOne')}
      placeholder={t('planning.loci.addOneHint')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={(found.data?.items ?? []).map((entity) => ({
        value: entity.code,
        label: `${entity.shortName} (${entity.code})`,
      }))}
      onChange={(code) => {
        if (code) onPick(code);
      }}
      nothingFoundMessage={
        search.length >= 2 && !found.isFetching ? t('planning.directory.empty') : undefined
      }
    />
  );
}
