import Link from 'next/link';
import { getMessages } from '@/lib/i18n/server.ts';

export default async function NotFound() {
  const { t } = await getMessages();
  return (
    <main id="main" className="mx-auto max-w-xl p-8 text-center">
      <h1 className="text-xl font-semibold">404</h1>
      <p className="mt-2">{t.common.notFound}</p>
      <p className="mt-4"><Link href="/">{t.nav.home}</Link></p>
    </main>
  );
}
