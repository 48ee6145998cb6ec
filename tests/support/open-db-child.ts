// Run in a separate process by tests: opens the embedded database folder given as argv[2].
// Exit 0 = opened and closed; exit 3 = refused (the error's name and message on stderr).
import { openDatabase } from '../../db/client';

const dataDir = process.argv[2]!;
openDatabase({ url: '', dataDir }).then(
  async (handle) => {
    await handle.close();
    process.exit(0);
  },
  (error: Error) => {
    console.error(error.name, error.message);
    process.exit(3);
  },
);
