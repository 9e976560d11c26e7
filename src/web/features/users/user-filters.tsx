import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleSchema } from '../../../contracts/roles.contract';
import { assignableProvinceCodes, assignableRoles } from '../auth/permissions';
import { useSignedInUser } from '../auth/use-current-user';
import { useProvinceOptions } from '../regions/use-provinces';
import type { UsersSearch } from './users-search';

interface UserFiltersProps {
  search: UsersSearch;
  onChange: (patch: Partial<UsersSearch>) => void;
}

export function UserFilters({ search, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const provinceOptions = useProvinceOptions(assignableProvinceCodes(me));
  const [text, setText] = useState(search.search ?? '');
  const applyText = useDebouncedCallback(
    (value: string) => onChange({ search: value.trim() || undefined }),
    300,
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" style={{ alignItems: 'end' }}>
      <TextInput
        label={t('users.search')}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          applyText(event.currentTarget.value);
        }}
      />
      <NativeSelect
        label={t('users.roleFilter')}
        value={search.role ?? ''}
        onChange={(event) => {
          const role = roleSchema.safeParse(event.currentTarget.value);
          onChange({ role: role.success ? role.data : undefined });
        }}
        data={[
          { value: '', label: t('users.allRoles') },
          ...assignableRoles(me.role).map((role) => ({ value: role, label: t(`roles.${role}`) })),
        ]}
      />
      <NativeSelect
        label={t('users.provinceFilter')}
        value={search.provinceCode ?? ''}
        onChange={(event) => onChange({ provinceCode: event.currentTarget.value || undefined })}
        data={[{ value: '', label: t('users.allProvinces') }, ...provinceOptions]}
      />
      <Checkbox
        label={t('users.includeInactive')}
        checked={search.includeInactive ?? false}
        onChange={(event) => onChange({ includeInactive: event.currentTarget.checked || undefined })}
        mb={8}
      />
    </SimpleGrid>
  );
}
