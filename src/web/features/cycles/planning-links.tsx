import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

interface LinkProps extends AnchorProps {
  year: number | string;
  children: ReactNode;
}

/** Typed links to a cycle and to a locus, styled as Mantine anchors. */
export function CycleLink({ year, children, ...anchorProps }: LinkProps) {
  return (
    <Anchor
      {...anchorProps}
      renderRoot={(props) => <Link {...props} to="/siklus/$year" params={{ year: String(year) }} />}
    >
      {children}
    </Anchor>
  );
}

export function LocusLink({ year, code, children, ...anchorProps }: LinkProps & { code: string }) {
  return (
    <Anchor
      {...anchorProps}
      renderRoot={(props) => (
        <Link {...props} to="/siklus/$year/lokus/$code" params={{ year: String(year), code }} />
      )}
    >
      {children}
    </Anchor>
  );
}

/** Link to the cycle's field progress page (provinces → entities → units). */
export function ProgressLink({ year, children, ...anchorProps }: LinkProps) {
  return (
    <Anchor
      {...anchorProps}
      renderRoot={(props) => <Link {...props} to="/siklus/$year/progres" params={{ year: String(year) }} />}
    >
      {children}
    </Anchor>
  );
}
