import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** Typed links to the plan and simulator pages, rendered as Mantine anchors or buttons. */
export function PlanAnchor({
  code,
  year,
  children,
  ...props
}: AnchorProps & { code: string; year?: number; children: ReactNode }) {
  return (
    <Anchor
      {...props}
      renderRoot={(rootProps) => (
        <Link
          {...rootProps}
          to="/rencana-aksi/$code"
          params={{ code }}
          search={year === undefined ? {} : { tahun: year }}
        />
      )}
    >
      {children}
    </Anchor>
  );
}

export function SimulatorAnchor({
  code,
  children,
  ...props
}: AnchorProps & { code: string; children: ReactNode }) {
  return (
    <Anchor
      {...props}
      renderRoot={(rootProps) => <Link {...rootProps} to="/simulasi/$code" params={{ code }} />}
    >
      {children}
    </Anchor>
  );
}

export function PlanLinkButton({
  code,
  to,
  children,
  ...props
}: ButtonProps & { code: string; to: 'plan' | 'simulator'; children: ReactNode }) {
  return (
    <Button
      {...props}
      renderRoot={(rootProps) =>
        to === 'plan' ? (
          <Link {...rootProps} to="/rencana-aksi/$code" params={{ code }} search={{}} />
        ) : (
          <Link {...rootProps} to="/simulasi/$code" params={{ code }} />
        )
      }
    >
      {children}
    </Button>
  );
}
