import { terminalPlatform } from '../../src/adapters/terminal/platform.ts';
import { adapterContract } from './contract.ts';

// The terminal prints to the person at the prompt and its publisher never fails: no platform errors to map.
adapterContract(terminalPlatform, { maxMessages: 1, failures: { gone: [], retry: [] } });
