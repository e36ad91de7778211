/** The registry of sub-commands, in the order `fitplot --help` lists them. */
import type { Command } from '../command';
import { benchCommand } from './bench';
import { chartCommand } from './chart';
import { generateCommand } from './generate';

export const commands: readonly Command[] = [generateCommand, benchCommand, chartCommand];
