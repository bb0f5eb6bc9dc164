import { PageColumns } from '@/components/PageColumns';
import type { Locale } from '@/i18n/locales';

/** Category and question pages: the navigation opens the category's section. */
export default async function CategoryLayout({ children, params }: LayoutProps<'/[locale]/[category]'>) {
  const { locale, category } = await params;
  return (
    <PageColumns locale={locale as Locale} category={category}>
      {children}
    </PageColumns>
  );
}
