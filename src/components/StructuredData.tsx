import { serializeJsonLd } from '@/seo/json-ld';

/** schema.org JSON-LD for search engines (a data block: never executed). */
export function StructuredData({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
