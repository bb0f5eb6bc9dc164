import { siteLifecycleApi } from '@/seo/lifecycle-files';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(siteLifecycleApi());
}
