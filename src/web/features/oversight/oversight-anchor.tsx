import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contracts/roles.contract';

/** Roles that read the register (oversight.read); others see no link. */
export function canReadOversight(role: Role): boolean {
  return role === 'admin' || role === 'coordinator' || role === 'liaison';
}

/** A typed link to an entity's oversight-products page, tall enough to tap on a phone. */
export function OversightAnchor({ code, ...props }: AnchorProps & { code: string }) {
  const { t } = useTranslation();
  return (
    <Anchor
      {...props}
      style={{ display: 'inline-block', minHeight: 44, paddingBlock: 12 }}
      renderRoot={(rootProps) => <Link {...rootProps} to="/produk-pengawasan/$code" params={{ code }} />}
    >
      {t('oversight.link')}
    </Anchor>
  );
}
