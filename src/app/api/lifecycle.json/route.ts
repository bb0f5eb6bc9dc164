import { siteLifecycleApi } from '@/lifecycle/publish';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(siteLifecycleApi());
}
