import { Select } from '@mantine/core';
import { useState } from 'react';

interface Office {
  officeCode: string;
  officeName: string;
}

/** Which of the caller's offices a card shows: the one picked, else the first (the centre for an admin). */
export function useChosenOffice<Item extends Office>(items: readonly Item[]) {
  const [officeCode, setOfficeCode] = useState<string | null>(null);
  const office = items.find((item) => item.officeCode === officeCode) ?? items[0];
  return { office, choose: setOfficeCode };
}

/** A searchable pick of the caller's offices (centre, Perwakilan); nothing while there are none. */
export function OfficeSelect(props: {
  label: string;
  items: readonly Office[];
  value: string | undefined;
  onChange: (officeCode: string | null) => void;
}) {
  if (props.items.length === 0) return null;
  return (
    <Select
      label={props.label}
      data={props.items.map((item) => ({ value: item.officeCode, label: item.officeName }))}
      value={props.value ?? null}
      onChange={props.onChange}
      searchable
      allowDeselect={false}
      mb="sm"
    />
  );
}
