import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

interface UnitCollectionLinkProps extends AnchorProps {
  year: number | string;
  code: string;
  unitId: string;
  children: ReactNode;
  'aria-label'?: string;
}

/** Typed link to a locus unit's field-collection page, styled as a Mantine anchor. */
export function UnitCollectionLink({
  year,
  code,
  unitId,
  children,
  ...anchorProps
}: UnitCollectionLinkProps) {
  return (
    <Anchor
      {...anchorProps}
      renderRoot={(props) => (
        <Link
          {...props}
          to="/siklus/$year/lokus/$code/unit/$unitId"
          params={{ year: String(year), code, unitId }}
        />
      )}
    >
      {children}
    </Anchor>
  );
}
