// The production build for suites that start their own app servers (tests/resilience).
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';

export default function setup() {
  buildIfNeeded({ quiet: true });
}
