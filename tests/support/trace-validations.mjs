// Preloaded by the build tests that count validations (NODE_OPTIONS="--import <this file>"): appends the
// content root of each validation the process makes to the file named by TRACE_VALIDATIONS. Plain
// JavaScript, because npm's own (older) Node reads NODE_OPTIONS too.
import { subscribe } from 'node:diagnostics_channel';
import { appendFileSync } from 'node:fs';

const file = process.env.TRACE_VALIDATIONS;
if (file) subscribe('regionala-cancerplaner:validate', (message) => appendFileSync(file, `${message.root}\n`));
