import { PageColumns } from '@/components/PageColumns';
import { localeParam } from '../../locale-param';

/** Category and question pages: the navigation opens the category's section. */
export default async function CategoryLayout({ children, params }: LayoutProps<'/[locale]/[category]'>) {
  const { locale: segment, category } = await params;
  return (
    <PageColumns locale={localeParam(segment)} category={category}>
      {children}
    </PageColumns>
  );
}
