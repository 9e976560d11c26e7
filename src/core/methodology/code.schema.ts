import { z } from 'zod';

/** Machine codes of dimensions, indicators, roles, unit types…: stable, URL- and CSV-safe. */
export const codeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" or "-", starting with a letter or digit');

export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #2e7d32');
