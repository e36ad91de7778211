/** The registry of sub-commands, in the order `fitplot --help` lists them. */
import type { Command } from '../command';
import { benchCommand } from './bench';
import { chartCommand } from './chart';
import { describeCommand } from './describe';
import { fitCommand } from './fit';
import { generateCommand } from './generate';
import { loadCommand } from './load';
import { predictCommand } from './predict';

export const commands: readonly Command[] = [
  describeCommand,
  loadCommand,
  chartCommand,
  fitCommand,
  predictCommand,
  generateCommand,
  benchCommand,
];
