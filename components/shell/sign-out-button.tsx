'use client';

// next-auth/react (~8 KB gzipped) is fetched on click rather than with every signed-in page.
async function signOut() {
  const nextAuth = await import('next-auth/react');
  await nextAuth.signOut({ callbackUrl: '/sign-in' });
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="link" onClick={() => void signOut()}>
      {label}
    </button>
  );
}
