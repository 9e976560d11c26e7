import fs from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface TemplateFolderSteps {
  /** Prefix of the throwaway data folder the template is made in. */
  workPrefix: string;
  /** Makes the template's content in `workDir` (open, fill and cleanly close a database there). */
  make: (workDir: string) => Promise<void>;
  /** Copies what `make` left into the new template folder and writes its key last. */
  copyInto: (workDir: string, partialDir: string) => void;
}

/**
 * Makes a template folder in a throwaway data folder, copies it beside `templateDir` and renames it into place
 * complete, so a half-made template is never taken for a fresh one. The plain and the demo template both.
 */
export async function buildTemplateFolder(templateDir: string, steps: TemplateFolderSteps): Promise<void> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), steps.workPrefix));
  const partialDir = `${templateDir}.creating-${process.pid}`;
  try {
    await steps.make(workDir);
    fs.rmSync(partialDir, { recursive: true, force: true });
    fs.mkdirSync(partialDir, { recursive: true });
    steps.copyInto(workDir, partialDir);
    fs.rmSync(templateDir, { recursive: true, force: true });
    fs.renameSync(partialDir, templateDir);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.rmSync(partialDir, { recursive: true, force: true });
  }
}
