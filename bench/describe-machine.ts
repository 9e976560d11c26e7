import os from 'node:os';

/** What the figures were measured on: they only mean something next to the machine and how busy it was. */
export interface MachineDescription {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages. */
  load: [number, number, number];
  at: Date;
}

export function describeMachine(at = new Date()): MachineDescription {
  const cpus = os.cpus();
  const [one = 0, five = 0, fifteen = 0] = os.loadavg();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    load: [one, five, fifteen],
    at,
  };
}

export function formatLoad(load: MachineDescription['load']): string {
  return load.map((value) => value.toFixed(2)).join(' / ');
}
