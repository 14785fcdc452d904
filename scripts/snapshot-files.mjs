// Test-runner commands for the SVG snapshots: read (null when there is none yet) and write
// files in test/snapshots/ only. (@web/test-runner-commands' filePlugin answers a missing file
// with "Unknown command".)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve('test/snapshots');
const fileOf = (name) => {
  if (typeof name !== 'string' || !/^[\w.-]+\.svg$/.test(name)) throw new Error(`bad snapshot name ${String(name)}`);
  return path.join(DIR, name);
};

export function snapshotFiles() {
  return {
    name: 'snapshot-files',
    executeCommand({ command, payload }) {
      if (command === 'read-snapshot') {
        const file = fileOf(payload?.name);
        return { text: existsSync(file) ? readFileSync(file, 'utf8') : null }; // a bare null reads as "not handled"
      }
      if (command === 'write-snapshot') {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(fileOf(payload?.name), String(payload?.content ?? ''));
        return true;
      }
      return undefined;
    },
  };
}
