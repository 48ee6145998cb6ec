// Password hashing: argon2id with OWASP's minimum parameters (19 MiB, t=2, p=1;
// OWASP Password Storage Cheat Sheet). The hash string carries its own parameters.
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a throw-away hash so an unknown email costs the same time as a wrong password. */
export async function burnVerifyTime(password: string): Promise<false> {
  dummyHash ??= hash('not-a-real-password-khcn', OPTIONS);
  await verifyPassword(await dummyHash, password);
  return false;
}
