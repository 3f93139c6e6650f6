import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getMessages } from '@/lib/i18n/server.ts';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: { default: t.app.name, template: `%s · ${t.app.name}` }, description: t.login.intro };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
