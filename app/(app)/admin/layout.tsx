import { ClientMessages } from '@/app/lib/i18n/client-messages';

// The texts this section's client components translate with (see ClientMessages).
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['admin']}>{children}</ClientMessages>;
}
