import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The unit's service products as a list: add by name, remove each; names are unique ignoring case. */
export function UnitProductsField({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (products: string[]) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const [name, setName] = useState('');
  const [duplicate, setDuplicate] = useState<string>();
  const add = () => {
    const trimmed = name.trim();
    if (trimmed.length < 2) return;
    if (value.some((product) => product.toLowerCase() === trimmed.toLowerCase())) {
      setDuplicate(trimmed);
      return;
    }
    onChange([...value, trimmed]);
    setName('');
    setDuplicate(undefined);
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {t('directoryAdmin.unit.products')}
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('directoryAdmin.unit.noProducts')}
        </Text>
      )}
      <Stack gap={2} component="ul" aria-labelledby={labelId} style={{ margin: 0, paddingLeft: 0 }}>
        {value.map((product) => (
          <Group key={product} component="li" gap="xs" wrap="nowrap" style={{ listStyle: 'none' }}>
            <Text size="sm" style={{ flex: 1 }}>
              {product}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('directoryAdmin.unit.removeProduct', { product })}
              onClick={() => onChange(value.filter((candidate) => candidate !== product))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <Group align="end" gap="xs" wrap="wrap">
        <TextInput
          label={t('directoryAdmin.unit.productName')}
          value={name}
          maxLength={160}
          style={{ flex: 1, minWidth: 180 }}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setDuplicate(undefined);
          }}
          onKeyDown={(event) => {
            // Enter adds the product instead of submitting the whole unit form.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          error={duplicate && t('directoryAdmin.unit.productDuplicate', { product: duplicate })}
        />
        <Button variant="light" onClick={add} disabled={name.trim().length < 2}>
          {t('directoryAdmin.unit.addProduct')}
        </Button>
      </Group>
    </Stack>
  );
}
